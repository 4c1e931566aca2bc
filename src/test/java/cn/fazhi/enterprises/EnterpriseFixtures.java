package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.fazhi.platform.identifiers.Uscc;

/** Made-up enterprises for the help desk's tests: unique valid USCCs (GB 32100) and registrations. */
public final class EnterpriseFixtures {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private EnterpriseFixtures() {}

    /** A valid USCC that is very unlikely to repeat. */
    public static String uscc() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder("91421202");
        for (int i = 0; i < 9; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString() + Uscc.checkCharacter(s.toString());
    }

    /** A small manufacturer registered in 温泉街道 in 2020 with the given phone and certifications. */
    public static EnterpriseView register(Enterprises enterprises, String name, String phone,
            List<EnterpriseView.Certification> certifications) {
        return enterprises.insert(new EnterpriseCommands.Register(uscc(), name, "C1391", EnterpriseSize.SMALL,
                "421202001", LocalDate.of(2020, 5, 1), new BigDecimal("1800"), 45, "咸安区温泉街道测试路1号", "测试法人",
                phone, certifications), "test");
    }
}
