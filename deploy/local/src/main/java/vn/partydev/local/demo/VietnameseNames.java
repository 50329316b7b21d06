package vn.partydev.local.demo;

import java.util.List;
import java.util.Random;

/**
 * Full names (họ và tên) as Vietnamese people carry them: a family name (họ), a middle name (tên đệm) and a given
 * name (tên), with diacritics. Family names follow their frequency among Kinh people; people of an ethnic minority
 * get family names of their group. Deterministic: the same seed gives the same names.
 */
final class VietnameseNames {

    /** Family names with their approximate share (per mille) among Kinh people. */
    private static final List<Weighted<String>> KINH_FAMILY = List.of(
            new Weighted<>("Nguyễn", 380), new Weighted<>("Trần", 110), new Weighted<>("Lê", 95),
            new Weighted<>("Phạm", 70), new Weighted<>("Hoàng", 30), new Weighted<>("Huỳnh", 21),
            new Weighted<>("Phan", 45), new Weighted<>("Vũ", 20), new Weighted<>("Võ", 19),
            new Weighted<>("Đặng", 21), new Weighted<>("Bùi", 20), new Weighted<>("Đỗ", 14),
            new Weighted<>("Hồ", 13), new Weighted<>("Ngô", 13), new Weighted<>("Dương", 10),
            new Weighted<>("Lý", 5), new Weighted<>("Trương", 8), new Weighted<>("Đinh", 6));
    private static final List<String> TAY_NUNG_FAMILY = List.of("Nông", "Hoàng", "Lương", "Vi", "Lục", "Hà", "Triệu", "Lò");
    private static final List<String> HIGHLAND_FAMILY = List.of("Ka", "Kră", "Liêng", "Cil", "Bon", "Ya", "Đa Cát", "Rơ Ông");
    private static final List<String> HOA_FAMILY = List.of("Lý", "Trương", "Quách", "Lâm", "Mạc", "Diệp");

    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Bích");
    private static final List<String> MALE_GIVEN = List.of("Anh", "Bảo", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hùng",
            "Huy", "Khang", "Khoa", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành",
            "Trung", "Tuấn", "Việt", "Lộc", "Toàn", "Hoàng", "Tiến", "Vinh", "Khải");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa",
            "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhung", "Phương", "Quỳnh", "Thảo",
            "Trang", "Trâm", "Vân", "Yến", "Thủy", "Diệp", "Oanh", "Tuyết", "Xuân");
    private static final List<String> HIGHLAND_GIVEN = List.of("Brơi", "Điệp", "Sang", "Thương", "Hòa", "Ngọc", "Dũng",
            "Mai", "Yên", "Kim", "Hát", "Tiếu");

    private final Random random;

    VietnameseNames(Random random) {
        this.random = random;
    }

    /** A full name for a person of the given ethnic group (its enum name) and gender (MALE or FEMALE). */
    String fullName(String ethnicGroup, boolean female) {
        return switch (ethnicGroup) {
            case "CO_HO", "MA", "CHU_RU" -> pick(HIGHLAND_FAMILY) + " " + pick(HIGHLAND_GIVEN);
            case "TAY", "NUNG" -> pick(TAY_NUNG_FAMILY) + " " + kinhGivenPart(female);
            case "HOA" -> pick(HOA_FAMILY) + " " + kinhGivenPart(female);
            default -> Weighted.pick(KINH_FAMILY, random) + " " + kinhGivenPart(female);
        };
    }

    private String kinhGivenPart(boolean female) {
        return female ? pick(FEMALE_MIDDLE) + " " + pick(FEMALE_GIVEN) : pick(MALE_MIDDLE) + " " + pick(MALE_GIVEN);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
