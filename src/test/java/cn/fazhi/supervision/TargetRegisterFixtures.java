package cn.fazhi.supervision;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.fazhi.platform.identifiers.Uscc;
import cn.idev.excel.FastExcel;

/** Made-up values for the registers' tests: unique valid USCCs and .xlsx files of entity rows. */
final class TargetRegisterFixtures {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 温泉街道 and 浮山街道 (townships of 咸安区 in the demo regions). */
    static final List<String> HEADER = List.of("统一社会信用代码", "名称", "行业代码", "所在乡镇（街道）", "地址", "信用风险分类",
            "状态", "成立日期");

    private TargetRegisterFixtures() {}

    /** A valid USCC (GB 32100) that is very unlikely to repeat. */
    static String uscc() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder("91421202");
        for (int i = 0; i < 9; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString() + Uscc.checkCharacter(s.toString());
    }

    /** The same code with a wrong check character. */
    static String badUscc() {
        String good = uscc();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        return good.substring(0, 17) + wrong;
    }

    static byte[] xlsx(List<List<String>> rows) {
        List<List<String>> head = new ArrayList<>();
        HEADER.forEach(h -> head.add(List.of(h)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("检查对象").doWrite(new ArrayList<List<Object>>(rows.stream()
                .map(r -> (List<Object>) new ArrayList<Object>(r)).toList()));
        return out.toByteArray();
    }
}
