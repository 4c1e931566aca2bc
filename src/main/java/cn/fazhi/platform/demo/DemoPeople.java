package cn.fazhi.platform.demo;

import java.time.LocalDate;
import java.util.Random;

import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;

/**
 * Fictitious people and organisations for generated demo data, drawn from a seeded {@link Random} so a generation is
 * repeatable: common surnames and given-name characters, resident ID numbers of the district (GB 11643 check
 * character), mobile numbers, and unified social credit codes (GB 32100 check character).
 */
public final class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰春梅海波文斌辉鹏飞燕雪琳";
    private static final String[] FIRMS = {"建筑工程", "农业发展", "商贸", "物流", "置业", "劳务", "装饰工程", "生态农业",
            "苗木", "运输", "餐饮管理", "物业服务"};
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;

    public DemoPeople(Random random) {
        this.random = random;
    }

    public String personName() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A company registered in the district, e.g. 咸宁市某某建筑工程有限公司. */
    public String organisationName() {
        return "咸宁市" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + FIRMS[random.nextInt(FIRMS.length)] + "有限公司";
    }

    /** A resident ID number registered in {@code divisionCode} (6 digits), born between 1950 and 2000. */
    public String idNumber(String divisionCode) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = divisionCode + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public String mobile() {
        return "1" + "3456789".charAt(random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** A USCC of an enterprise (登记管理部门 9, 类别 1) registered in {@code divisionCode}. */
    public String uscc(String divisionCode) {
        StringBuilder code = new StringBuilder("91").append(divisionCode);
        for (int i = 0; i < 9; i++) {
            code.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
        }
        return code.toString() + Uscc.checkCharacter(code.toString());
    }

    /** An index drawn with the given relative weights. */
    public static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("no weights");
    }
}
