package vn.bca.antq.report;

import java.time.ZonedDateTime;

/** When and for whom a report was made (the signed-in user's display name, or the user name). */
public record Prepared(ZonedDateTime at, String by) {}
