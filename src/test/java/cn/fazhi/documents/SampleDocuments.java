package cn.fazhi.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.documents.Block.Field;
import cn.fazhi.documents.Block.Fields;
import cn.fazhi.documents.Block.Heading;
import cn.fazhi.documents.Block.Paragraph;
import cn.fazhi.documents.Block.SignatureLines;

/** Documents shaped like the ones later modules print. Names, numbers and places are invented. */
final class SampleDocuments {

    static final String FIRST_TERM = "一、乙方于2024年3月31日前一次性赔偿甲方医疗费、误工费等各项损失共计人民币捌仟元整（￥8000.00），"
            + "通过银行转账方式支付至甲方指定账户。";

    private SampleDocuments() {
    }

    /** A 人民调解协议书 with a parties table, facts, terms and signature lines. */
    static OfficialDocument mediationAgreement() {
        return new OfficialDocument(null, "咸安调〔2024〕12号", "人民调解协议书", List.of(
                new Fields(List.of(
                        new Field("甲方", "张某某，男，1978年5月出生，汉族，住咸宁市咸安区温泉街道某某小区"),
                        new Field("乙方", "李某某，女，1985年11月出生，汉族，住咸宁市咸安区永安街道某某路8号"),
                        new Field("纠纷类型", "邻里纠纷（人身损害赔偿）"),
                        new Field("调解组织", "咸安区温泉街道人民调解委员会"))),
                new Heading(1, "一、纠纷简要情况"),
                new Paragraph("2024年1月15日，甲乙双方因楼道堆放杂物发生口角，继而发生肢体冲突，致甲方左臂受伤，"
                        + "经咸安区人民医院诊断为软组织挫伤。双方就赔偿事宜协商未果，于2024年2月20日共同申请本委员会调解。"),
                new Heading(2, "（一）调解过程"),
                new Paragraph("本委员会受理后，依照《中华人民共和国人民调解法》第二十二条的规定，在查明事实、分清责任的基础上，"
                        + "对双方当事人进行疏导，促使双方相互谅解，自愿达成如下协议。"),
                new Heading(1, "二、协议内容"),
                new Paragraph(FIRST_TERM),
                new Paragraph("二、甲方收到上述款项后，不再就本次纠纷向乙方主张任何权利。"),
                new Paragraph("三、双方今后互相尊重，共同维护楼道公共区域整洁，乙方于协议签订之日起三日内清理堆放物品。"),
                new Heading(3, "1.履行方式"),
                new Paragraph("双方当事人应当按照本协议约定自觉履行义务。本协议自各方当事人签名、人民调解员签名并加盖人民调解委员会印章之日起生效。"
                        + "本协议一式三份，双方当事人及人民调解委员会各执一份。"),
                new Heading(4, "（1）司法确认"),
                new Paragraph("双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。"),
                new SignatureLines(List.of("甲方（签名）", "乙方（签名）", "人民调解员（签名）"))),
                "咸安区温泉街道人民调解委员会", LocalDate.of(2024, 3, 5));
    }

    /** A decision with the full 版头 (issuer, number, red separator) running over several pages. */
    static OfficialDocument longDecision(int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "一、基本情况"));
        for (int i = 1; i <= paragraphs; i++) {
            blocks.add(new Paragraph("第" + i + "段：申请人不服被申请人作出的行政处罚决定，向本机关申请行政复议，"
                    + "本机关依法已予受理。本案现已审理终结，申请人请求撤销该行政处罚决定。"));
        }
        return new OfficialDocument("咸宁市咸安区人民政府", "咸安政复决〔2024〕3号", "行政复议决定书", blocks,
                "咸宁市咸安区人民政府", LocalDate.of(2024, 10, 9));
    }

    /** Full-width text without punctuation, so line breaks fall only where the line is full. */
    static final String PLAIN = "本机关依法审查了申请人提交的全部证据材料和被申请人的书面答复意见经审查认为原行政行为认定事实清楚证据确凿适用依据正确程序合法内容适当";

    /**
     * More than a page of plain paragraphs of 54 characters: 26 on the indented first line, 28 on the second, so
     * page 1 holds the title, a blank line and ten paragraphs (20 lines).
     */
    static OfficialDocument plainPages() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            blocks.add(new Paragraph(PLAIN.substring(i % 12, i % 12 + 54)));
        }
        return OfficialDocument.of("审查意见", blocks);
    }
}
