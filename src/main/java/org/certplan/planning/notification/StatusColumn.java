package org.certplan.planning.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The status column. A replica of the version before the outbox, still running during a rolling update, writes
 * DELIVERED or LOGGED for what is now SENT.
 */
@Converter
class StatusColumn implements AttributeConverter<ChangeNotification.Status, String> {

    @Override
    public String convertToDatabaseColumn(ChangeNotification.Status status) {
        return status == null ? null : status.name();
    }

    @Override
    public ChangeNotification.Status convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return switch (column) {
            case "DELIVERED", "LOGGED" -> ChangeNotification.Status.SENT;
            default -> ChangeNotification.Status.valueOf(column);
        };
    }
}
