package vn.bca.antq.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo accounts and the demo presenter token, created only with the embedded demo database (README lists them).
 * A production start refuses any account that still has one of these passwords.
 */
public final class DemoAccounts {

    record Demo(
            String username,
            String displayName,
            Role role,
            @Nullable String provinceCode,
            String password) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống (demo)", Role.ADMIN, null, "antq-demo-admin"),
            new Demo("lanhdao", "Lãnh đạo Bộ (demo)", Role.LEADERSHIP, null, "antq-demo-lanhdao"),
            new Demo("hungyen", "Công an tỉnh Hưng Yên (demo)", Role.PROVINCE_OFFICER, "33", "antq-demo-hungyen"),
            new Demo(
                    "tuyenquang",
                    "Công an tỉnh Tuyên Quang (demo)",
                    Role.PROVINCE_OFFICER,
                    "08",
                    "antq-demo-tuyenquang"),
            new Demo("hanoi", "Công an thành phố Hà Nội (demo)", Role.PROVINCE_OFFICER, "01", "antq-demo-hanoi"),
            new Demo("trinhchieu", "Màn hình hội trường (demo)", Role.PRESENTER, null, "antq-demo-trinhchieu"));

    /** The demo screen token: {@code /present?screen=antq-demo-screen-hoi-truong}. */
    static final String SCREEN_TOKEN = "antq-demo-screen-hoi-truong";

    static final String SCREEN_NAME = "Hội trường Bộ (demo)";

    /** The provinces of the demo officers (Hưng Yên, Tuyên Quang, Hà Nội), whose communes get demo targets. */
    public static List<String> officerProvinces() {
        return ACCOUNTS.stream()
                .map(Demo::provinceCode)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Passwords that must never protect a real account. */
    private static final List<String> DEFAULT_PASSWORDS = List.of("admin", "password", "123456", "changeme", "antq");

    private DemoAccounts() {}

    static boolean isDemoPassword(String password) {
        return ACCOUNTS.stream().anyMatch(a -> a.password().equals(password))
                || DEFAULT_PASSWORDS.contains(password)
                || SCREEN_TOKEN.equals(password);
    }

    static List<String> knownPasswords() {
        return java.util.stream.Stream.concat(ACCOUNTS.stream().map(Demo::password), DEFAULT_PASSWORDS.stream())
                .toList();
    }
}
