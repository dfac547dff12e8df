package org.certplan.dataset;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.certplan.programme.AuditType;

/** Every open major nonconformity was verified on {@code verifiedOn} at the last completed audit of this type. */
public record MajorsClosure(@NotNull AuditType auditType, @NotNull LocalDate verifiedOn) {
}
