package kneadwise.smart;

import java.util.List;

/** The scopes a backend client may ask for: read everything it is allowed to export (SMART v1 and v2 syntax). */
public final class SmartScopes {

    public static final String READ_ALL_V1 = "system/*.read";
    public static final String READ_ALL_V2 = "system/*.rs";

    public static final List<String> ALL = List.of(READ_ALL_V1, READ_ALL_V2);

    private SmartScopes() {}
}
