package cn.fazhi.enforcement.officers;

import java.util.concurrent.ThreadLocalRandom;

import cn.fazhi.platform.identifiers.ResidentIdNumber;

/** Values the officers tests make up: unique valid ID numbers and certificate numbers per run. */
final class OfficerFixtures {

    private OfficerFixtures() {}

    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "421202" + (1970 + r.nextInt(30)) + "%02d%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28))
                + "%03d".formatted(r.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String certificateNumber() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + ThreadLocalRandom.current().nextInt(1000, 9999);
    }
}
