package vn.partydev.platform.testapp;

import java.util.UUID;

/** The organisations of the test tree (db/testapp/V1__specimens.sql). */
public final class Organisations {

    public static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final UUID PROVINCE = UUID.fromString("10000000-0000-0000-0000-000000000001");
    public static final UUID COMMUNE_A = UUID.fromString("20000000-0000-0000-0000-00000000000a");
    public static final UUID COMMUNE_B = UUID.fromString("20000000-0000-0000-0000-00000000000b");
    public static final UUID CELL_A1 = UUID.fromString("30000000-0000-0000-0000-0000000000a1");
    /** A second province (db/migration/V3) with a grassroots cell. */
    public static final UUID PROVINCE_B = UUID.fromString("10000000-0000-0000-0000-000000000002");
    public static final UUID CELL_B1 = UUID.fromString("30000000-0000-0000-0000-0000000000b1");
    public static final UUID UNKNOWN = UUID.fromString("99999999-0000-0000-0000-000000000099");

    private Organisations() {
    }
}
