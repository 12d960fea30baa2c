/**
 * Staff accounts, password hashing, login sessions (expiring bearer tokens), lockout after
 * repeated failures, roles ({@code agent < supervisor < admin}) and the audit log of staff
 * actions. Declares the {@link org.onewindow.staff.StaffStore} and {@link org.onewindow.staff.AuditLog}
 * that {@code store} implements. Imports {@code io.vertx.core}, {@code shared}, Spring Security's
 * password encoder and Jackson (reading {@code staff.yaml} only); no HTTP types.
 */
package org.onewindow.staff;
