package cn.fazhi.platform.identifiers;

/** Mainland mobile numbers (11 digits starting with 1) and fixed lines with area code (0715-8123456). */
public final class PhoneNumber {

    private PhoneNumber() {}

    public static boolean isValid(String value) {
        return value != null && value.trim().matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    }
}
