package vn.partydev.platform.problem;

import java.net.URI;

/**
 * The kinds of problem (RFC 9457) every PartyDev API answers with. Each has a stable {@code type} URI, an HTTP
 * status, a default {@code code} and a short title in English and Vietnamese (chosen by {@code Accept-Language}).
 */
public enum ProblemType {
    VALIDATION(400, "validation", "VALIDATION_FAILED",
            "The request is not valid", "Yêu cầu không hợp lệ"),
    MALFORMED_REQUEST(400, "malformed-request", "MALFORMED_REQUEST",
            "The request cannot be read", "Không đọc được yêu cầu"),
    UNAUTHENTICATED(401, "unauthenticated", "UNAUTHENTICATED",
            "Authentication is required", "Cần xác thực người dùng"),
    FORBIDDEN(403, "forbidden", "FORBIDDEN",
            "Access is denied", "Không có quyền truy cập"),
    NOT_FOUND(404, "not-found", "NOT_FOUND",
            "Not found", "Không tìm thấy"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "METHOD_NOT_ALLOWED",
            "Method not allowed", "Phương thức không được hỗ trợ"),
    NOT_ACCEPTABLE(406, "not-acceptable", "NOT_ACCEPTABLE",
            "The requested representation is not available", "Không có định dạng phản hồi được yêu cầu"),
    CONFLICT(409, "conflict", "CONFLICT",
            "The request conflicts with the current state", "Yêu cầu xung đột với trạng thái hiện tại"),
    PRECONDITION_FAILED(412, "precondition-failed", "PRECONDITION_FAILED",
            "The resource has changed since it was read", "Dữ liệu đã thay đổi kể từ lần đọc trước"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "PAYLOAD_TOO_LARGE",
            "The request body is too large", "Nội dung yêu cầu quá lớn"),
    URI_TOO_LONG(414, "uri-too-long", "URI_TOO_LONG",
            "The request line is too long", "Dòng yêu cầu quá dài"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "UNSUPPORTED_MEDIA_TYPE",
            "The request body's media type is not supported", "Kiểu nội dung của yêu cầu không được hỗ trợ"),
    RULE_VIOLATION(422, "rule-violation", "RULE_VIOLATION",
            "A rule is broken", "Vi phạm quy định"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "IDEMPOTENCY_KEY_REUSED",
            "The Idempotency-Key was used for a different request", "Idempotency-Key đã được dùng cho một yêu cầu khác"),
    PRECONDITION_REQUIRED(428, "precondition-required", "PRECONDITION_REQUIRED",
            "If-Match is required", "Cần tiêu đề If-Match"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "HEADERS_TOO_LARGE",
            "The request headers are too large", "Phần tiêu đề của yêu cầu quá lớn"),
    INTERNAL(500, "internal-error", "INTERNAL_ERROR",
            "Internal error", "Lỗi hệ thống"),
    NOT_YET_KNOWN(503, "not-yet-known", "NOT_YET_KNOWN",
            "Not known yet: try again shortly", "Chưa có thông tin: vui lòng thử lại sau"),
    UNAVAILABLE(503, "unavailable", "SERVICE_UNAVAILABLE",
            "The service cannot answer right now: try again shortly", "Dịch vụ tạm thời không trả lời được: vui lòng thử lại sau");

    /** Base of every problem type URI. */
    public static final String BASE = "https://partydev.vn/problems/";

    private final int status;
    private final URI uri;
    private final String code;
    private final String englishTitle;
    private final String vietnameseTitle;

    ProblemType(int status, String slug, String code, String englishTitle, String vietnameseTitle) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
        this.code = code;
        this.englishTitle = englishTitle;
        this.vietnameseTitle = vietnameseTitle;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    /** The code used when the thrower names none. */
    public String defaultCode() {
        return code;
    }

    public String title(ProblemLanguage language) {
        return language == ProblemLanguage.VIETNAMESE ? vietnameseTitle : englishTitle;
    }

    /** The type for an HTTP status a framework produced without telling us more. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST && type != IDEMPOTENCY_KEY_REUSED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
