package org.certplan.planning.notification;

import java.util.List;

/** Notifications written in a transaction, to be delivered once it commits. */
record NotificationsQueued(List<Long> ids) {
}
