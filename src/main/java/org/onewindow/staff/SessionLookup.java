package org.onewindow.staff;

/** A stored session together with its account, as found by its token's hash. */
public record SessionLookup(StaffSession session, StaffAccount account) {}
