package vn.partydev.platform.events;

/** TEMPORARY stand-in for the platform-events contract. */
public final class EventTypes {
    private EventTypes() {
    }

    public static String typeOf(Class<? extends DomainEvent> type) {
        String pkg = type.getPackageName();
        return "vn.partydev." + pkg.substring(pkg.lastIndexOf('.') + 1) + "." + type.getSimpleName() + ".v1";
    }
}
