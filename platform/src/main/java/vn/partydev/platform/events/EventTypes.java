package vn.partydev.platform.events;

/**
 * The CloudEvents type of each event record: {@code vn.partydev.<service>.<RecordName>.v1}, where the service
 * is the last segment of the record's package ({@code vn.partydev.platform.events.<service>}).
 */
public final class EventTypes {

    private static final String PREFIX = "vn.partydev.";
    private static final String VERSION = ".v1";

    private EventTypes() {
    }

    public static String typeOf(Class<? extends DomainEvent> eventClass) {
        String packageName = eventClass.getPackageName();
        String service = packageName.substring(packageName.lastIndexOf('.') + 1);
        return PREFIX + service + "." + eventClass.getSimpleName() + VERSION;
    }

    /** The record name of a type ({@code vn.partydev.admission.MemberAdmitted.v1} → {@code MemberAdmitted}). */
    public static String nameOf(String type) {
        String withoutVersion = type.substring(0, type.lastIndexOf('.'));
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }
}
