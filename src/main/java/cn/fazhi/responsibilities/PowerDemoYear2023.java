package cn.fazhi.responsibilities;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * The district's 权责清单 of the generated 2023 demo year, effective {@link #EFFECTIVE} and published on
 * {@link #PUBLISHED}: for each enforcement matter claimed ({@link ClaimedMatters} of kind {@code enforcement_matter}:
 * the enforcement demo's bodies, order 35) a power with the matter's code and name, its body's unit and a type read
 * from its name — except every {@value #GAP_EVERY}th (from the {@value #GAP_FIRST}th),
 * left out on purpose so the gaps page finds them — and {@value #SERVICE_POWERS} service-type powers (LICENCE,
 * CONFIRMATION, PAYMENT, LEVY, REWARD, RULING, OTHER) of the departments (ids 5–13, 16) and the 13 townships from a
 * vocabulary per department (sub-items of a licence by situation: 新办, 变更, 延续 …). Codes are stable:
 * {@code <unit code>-<type letters>-<nnn>}, numbered per unit and type in vocabulary order (the services items demo
 * derives its power-type items from them). {@value #OVERLAPS} matters are claimed by two departments on purpose
 * (户外广告设施设置审批 by market regulation and housing, 砍伐城市树木审批 by housing and forestry: the seed's weakness
 * "职能交叉、职责不清"). Rows are marked {@code created_by = 'demo'}; one audit record names the generation.
 */
@Component
@Order(44)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class PowerDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "responsibilities-2023";
    static final LocalDate EFFECTIVE = LocalDate.of(2023, 1, 1);
    static final LocalDate PUBLISHED = LocalDate.of(2023, 1, 16);
    static final int SERVICE_POWERS = 1178;
    static final int OVERLAPS = 4;
    static final int GAP_EVERY = 11;
    static final int GAP_FIRST = 5;

    static final long[] TOWNSHIPS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};

    /** Sub-items by situation: a letter of the vocabulary's fourth column and the situations it expands to. */
    static final Map<String, String[]> SITUATIONS = Map.ofEntries(
            Map.entry("A", new String[] {"新办", "变更", "延续", "注销", "补办"}),
            Map.entry("B", new String[] {"设立", "变更", "注销"}),
            Map.entry("C", new String[] {"首次登记", "变更登记", "注销登记"}),
            Map.entry("D", new String[] {}),
            Map.entry("E", new String[] {"入学", "转学", "休学", "复学"}),
            Map.entry("F", new String[] {"首次申领", "换领", "补领"}),
            Map.entry("G", new String[] {"注册登记", "转移登记", "变更登记", "抵押登记", "注销登记"}),
            Map.entry("G2", new String[] {"设立", "变更", "注销", "备案"}),
            Map.entry("H", new String[] {"初次申领", "换证", "补证", "增驾"}),
            Map.entry("I", new String[] {"出生登记", "死亡注销", "迁入", "迁出", "变更更正"}),
            Map.entry("K", new String[] {"申请", "延续"}),
            Map.entry("M", new String[] {"申领", "补换", "挂失"}),
            Map.entry("M2", new String[] {"补发", "换发"}),
            Map.entry("N", new String[] {"产地检疫", "调运检疫"}),
            Map.entry("P", new String[] {"一孩", "二孩", "三孩"}),
            Map.entry("Q", new String[] {"申请", "变更", "停止"}),
            Map.entry("R", new String[] {"新建", "翻建"}));

    /** Type letter of the vocabulary → power type code and the letters of its code. */
    static final Map<String, String[]> TYPES = Map.of("L", new String[] {"LICENCE", "XK"},
            "C", new String[] {"CONFIRMATION", "QR"}, "P", new String[] {"PAYMENT", "JF"},
            "Z", new String[] {"LEVY", "ZS"}, "W", new String[] {"REWARD", "JL"}, "J", new String[] {"RULING", "CJ"},
            "O", new String[] {"OTHER", "QT"});

    /** unit id (T: every township) | type letter | name | situations | basis. */
    static final String VOCABULARY = """
            5|L|食品经营许可|A|《中华人民共和国食品安全法》第三十五条
            5|L|食品生产许可|A|《中华人民共和国食品安全法》第三十五条
            5|L|食品小作坊登记证核发|A|《湖北省食品安全条例》第二十四条
            5|L|药品零售企业经营许可|A|《中华人民共和国药品管理法》第五十二条
            5|L|第三类医疗器械经营许可|A|《医疗器械监督管理条例》第四十二条
            5|L|特种设备使用登记|B|《中华人民共和国特种设备安全法》第三十三条
            5|L|特种设备作业人员资格认定|A|《中华人民共和国特种设备安全法》第十四条
            5|L|计量标准器具核准|A|《中华人民共和国计量法》第九条
            5|L|有限责任公司登记|G2|《中华人民共和国公司法》第二十九条；《中华人民共和国市场主体登记管理条例》第三条
            5|L|股份有限公司登记|G2|《中华人民共和国公司法》第二十九条；《中华人民共和国市场主体登记管理条例》第三条
            5|L|个人独资企业登记|G2|《中华人民共和国个人独资企业法》第九条
            5|L|合伙企业登记|G2|《中华人民共和国合伙企业法》第九条
            5|L|农民专业合作社登记|G2|《中华人民共和国农民专业合作社法》第十六条
            5|L|个体工商户登记|G2|《促进个体工商户发展条例》第八条；《中华人民共和国市场主体登记管理条例》第三条
            5|L|外商投资企业登记|G2|《中华人民共和国外商投资法》第三十一条
            5|L|企业分支机构登记|G2|《中华人民共和国市场主体登记管理条例》第二十三条
            5|L|户外广告设施设置审批|B|《湖北省城市市容和环境卫生管理条例》第十五条
            5|C|动产抵押登记|C|《中华人民共和国民法典》第四百零三条
            5|C|股权出质登记|C|《中华人民共和国民法典》第四百四十三条
            5|C|食品生产经营者信用等级评定|D|《中华人民共和国食品安全法》第一百一十三条
            5|W|对举报食品安全违法行为的奖励|D|《中华人民共和国食品安全法》第一百一十五条
            5|W|对举报价格违法行为的奖励|D|《中华人民共和国价格法》第三十八条
            5|W|对举报药品违法行为的奖励|D|《中华人民共和国药品管理法》第一百零六条
            5|O|消费者投诉调解|D|《中华人民共和国消费者权益保护法》第三十九条
            5|O|企业名称自主申报|D|《企业名称登记管理规定》第十一条
            5|O|企业年度报告公示|D|《企业信息公示暂行条例》第八条
            6|L|建筑工程施工许可|A|《中华人民共和国建筑法》第七条
            6|L|建筑业企业资质核准|A|《中华人民共和国建筑法》第十三条
            6|L|工程监理企业资质核准|A|《中华人民共和国建筑法》第十三条
            6|L|房地产开发企业资质核定|A|《城市房地产开发经营管理条例》第九条
            6|L|商品房预售许可|A|《中华人民共和国城市房地产管理法》第四十五条
            6|L|燃气经营许可|A|《城镇燃气管理条例》第十五条
            6|L|城市建筑垃圾处置核准|A|《城市建筑垃圾管理规定》第七条
            6|L|占用、挖掘城市道路审批|B|《城市道路管理条例》第三十条
            6|L|户外广告设施设置审批|B|《湖北省城市市容和环境卫生管理条例》第十五条
            6|L|临时占用城市绿地审批|B|《城市绿化条例》第二十条
            6|L|砍伐城市树木审批|D|《城市绿化条例》第二十条
            6|L|城镇污水排入排水管网许可|A|《城镇排水与污水处理条例》第二十一条
            6|L|特殊车辆在城市道路上行驶审批|D|《城市道路管理条例》第二十八条
            6|L|建筑起重机械使用登记|B|《建设工程安全生产管理条例》第三十五条
            6|C|商品房买卖合同网签备案|B|《城市房地产开发经营管理条例》第二十六条
            6|C|建设工程竣工验收备案|D|《建设工程质量管理条例》第四十九条
            6|C|住房租赁合同登记备案|B|《商品房屋租赁管理办法》第十四条
            6|C|公共租赁住房保障资格确认|Q|《公共租赁住房管理办法》第七条
            6|P|城镇住房困难家庭租赁补贴发放|D|《公共租赁住房管理办法》第五条
            6|P|农村危房改造补助发放|D|《湖北省农村危房改造实施办法》
            6|Z|城市基础设施配套费征收|D|《湖北省城市基础设施配套费征收管理办法》
            6|Z|城镇垃圾处理费征收|D|《城市生活垃圾管理办法》第七条
            6|W|对优质工程的奖励|D|《建设工程质量管理条例》第七条
            6|O|物业服务企业备案|B|《物业管理条例》第三十二条
            6|O|住宅专项维修资金使用审核|D|《住宅专项维修资金管理办法》第二十二条
            7|L|农药经营许可|A|《农药管理条例》第二十四条
            7|L|兽药经营许可|A|《兽药管理条例》第二十二条
            7|L|农作物种子生产经营许可|A|《中华人民共和国种子法》第三十一条
            7|L|动物防疫条件合格证核发|A|《中华人民共和国动物防疫法》第二十五条
            7|L|动物诊疗许可|A|《中华人民共和国动物防疫法》第六十一条
            7|L|生鲜乳收购站许可|A|《乳品质量安全监督管理条例》第二十条
            7|L|水产苗种生产许可|A|《中华人民共和国渔业法》第十六条
            7|L|渔业捕捞许可|A|《中华人民共和国渔业法》第二十三条
            7|L|拖拉机和联合收割机登记|G|《农业机械安全监督管理条例》第二十一条
            7|L|拖拉机和联合收割机驾驶证核发|H|《农业机械安全监督管理条例》第二十二条
            7|L|饲料和饲料添加剂生产许可|A|《饲料和饲料添加剂管理条例》第十五条
            7|C|农产品地理标志登记初审|D|《农产品地理标志管理办法》第九条
            7|C|农村土地承包经营权证核发|F|《中华人民共和国农村土地承包法》第二十四条
            7|P|耕地地力保护补贴发放|D|《中华人民共和国农业法》第三十八条
            7|P|农机购置补贴发放|D|《中华人民共和国农业机械化促进法》第二十七条
            7|P|稻谷种植者补贴发放|D|《中华人民共和国农业法》第三十八条
            7|W|对生猪调出大县的奖励|D|《中华人民共和国农业法》第三十八条
            7|W|对举报农产品质量安全违法行为的奖励|D|《中华人民共和国农产品质量安全法》第七条
            7|J|农村土地承包经营纠纷调处|D|《中华人民共和国农村土地承包法》第五十五条
            7|O|农作物种子生产经营备案|B|《中华人民共和国种子法》第三十八条
            7|O|农民专业合作社示范社评定|D|《中华人民共和国农民专业合作社法》第十条
            8|L|民办学校办学许可|A|《中华人民共和国民办教育促进法》第十二条
            8|L|校外培训机构办学许可|A|《中华人民共和国民办教育促进法》第十二条
            8|L|中小学教师资格认定|D|《教师资格条例》第十三条
            8|L|幼儿园教师资格认定|D|《教师资格条例》第十三条
            8|L|幼儿园设立审批|B|《中华人民共和国学前教育法》第三十一条
            8|L|民办学校章程修改核准|D|《中华人民共和国民办教育促进法》第五十三条
            8|C|中小学学籍确认|E|《中华人民共和国义务教育法》第十二条
            8|P|学前教育幼儿资助|D|《中华人民共和国学前教育法》第七十五条
            8|P|义务教育家庭经济困难学生生活补助|D|《中华人民共和国义务教育法》第四十四条
            8|P|普通高中国家助学金发放|D|《中华人民共和国教育法》第三十八条
            8|P|中等职业学校国家助学金发放|D|《中华人民共和国职业教育法》第五十九条
            8|W|对教师的表彰奖励|D|《中华人民共和国教师法》第三十三条
            8|W|对在教育工作中做出突出贡献者的奖励|D|《中华人民共和国教育法》第十三条
            8|O|生源地信用助学贷款受理|D|《中华人民共和国教育法》第三十八条
            8|O|教师资格证书补换发|M2|《教师资格条例实施办法》第二十四条
            9|L|林木采伐许可|A|《中华人民共和国森林法》第五十六条
            9|L|占用林地审核|A|《中华人民共和国森林法》第三十七条
            9|L|临时使用林地审批|B|《中华人民共和国森林法》第三十八条
            9|L|林草种子生产经营许可|A|《中华人民共和国种子法》第三十一条
            9|L|野生动物人工繁育许可|A|《中华人民共和国野生动物保护法》第二十五条
            9|L|森林防火期内野外用火审批|D|《森林防火条例》第二十五条
            9|L|砍伐城市树木审批|D|《城市绿化条例》第二十条
            9|L|林业植物检疫证书核发|N|《植物检疫条例》第七条
            9|C|古树名木认定|D|《湖北省古树名木保护管理办法》
            9|J|林木林地权属争议裁决|D|《中华人民共和国森林法》第二十二条
            9|P|森林生态效益补偿发放|D|《中华人民共和国森林法》第二十九条
            9|P|退耕还林补助发放|D|《退耕还林条例》第三十五条
            9|Z|森林植被恢复费征收|D|《中华人民共和国森林法》第三十八条
            9|W|对在森林防火工作中成绩显著者的奖励|D|《森林防火条例》第十二条
            9|W|对在野生动物保护工作中成绩显著者的奖励|D|《中华人民共和国野生动物保护法》第九条
            10|C|户口登记|I|《中华人民共和国户口登记条例》第三条
            10|C|居民身份证核发|F|《中华人民共和国居民身份证法》第八条
            10|C|居住证核发|F|《居住证暂行条例》第八条
            10|L|烟花爆竹道路运输许可|D|《烟花爆竹安全管理条例》第二十二条
            10|L|焰火晚会烟花爆竹燃放许可|D|《烟花爆竹安全管理条例》第三十三条
            10|L|剧毒化学品购买许可|D|《危险化学品安全管理条例》第三十九条
            10|L|大型群众性活动安全许可|D|《大型群众性活动安全管理条例》第十一条
            10|L|公章刻制业特种行业许可|A|《国务院对确需保留的行政审批项目设定行政许可的决定》第三十七项
            10|L|旅馆业特种行业许可|A|《旅馆业治安管理办法》第四条
            10|L|机动车登记|G|《中华人民共和国道路交通安全法》第八条
            10|L|机动车驾驶证核发|H|《中华人民共和国道路交通安全法》第十九条
            10|L|非机动车登记|C|《中华人民共和国道路交通安全法》第十八条
            10|W|对见义勇为人员的奖励|D|《湖北省见义勇为人员奖励和保护条例》
            10|W|对举报违法犯罪线索的奖励|D|《中华人民共和国治安管理处罚法》第七条
            10|O|户籍证明出具|D|《中华人民共和国户口登记条例》第三条
            10|O|无犯罪记录证明出具|D|《公安机关办理无犯罪记录证明工作规定》第二条
            11|L|民办职业技能培训学校办学许可|A|《中华人民共和国民办教育促进法》第十二条
            11|L|人力资源服务许可|A|《人力资源市场暂行条例》第十八条
            11|L|劳务派遣经营许可|A|《中华人民共和国劳动合同法》第五十七条
            11|L|企业实行不定时工作制和综合计算工时工作制审批|K|《中华人民共和国劳动法》第三十九条
            11|C|工伤认定|D|《工伤保险条例》第十七条
            11|C|社会保险登记|C|《中华人民共和国社会保险法》第五十七条
            11|C|城乡居民基本养老保险参保登记|C|《中华人民共和国社会保险法》第二十条
            11|P|城乡居民基本养老保险待遇申领|D|《中华人民共和国社会保险法》第二十一条
            11|P|企业职工基本养老保险待遇申领|D|《中华人民共和国社会保险法》第十六条
            11|P|失业保险金申领|D|《中华人民共和国社会保险法》第四十五条
            11|P|工伤保险待遇核定支付|D|《工伤保险条例》第三十条
            11|P|丧葬补助金和抚恤金申领|D|《中华人民共和国社会保险法》第十七条
            11|P|一次性创业补贴发放|D|《中华人民共和国就业促进法》第十七条
            11|P|就业困难人员社会保险补贴发放|D|《中华人民共和国就业促进法》第五十二条
            11|P|职业培训补贴发放|D|《中华人民共和国就业促进法》第四十八条
            11|P|失业保险稳岗返还|D|《失业保险条例》第二十六条
            11|J|劳动人事争议仲裁|D|《中华人民共和国劳动争议调解仲裁法》第十七条
            11|W|对举报劳动保障违法行为的奖励|D|《劳动保障监察条例》第九条
            11|O|就业创业证核发|M|《就业服务与就业管理规定》第六十三条
            11|O|社会保障卡申领|M|《中华人民共和国社会保险法》第五十八条
            11|O|专业技术人员职称评审|D|《职称评审管理暂行规定》第三条
            11|O|流动人员人事档案管理|D|《流动人员人事档案管理服务规定》第四条
            12|C|基本医疗保险参保登记|C|《中华人民共和国社会保险法》第二十三条
            12|C|异地就医备案|D|《中华人民共和国社会保险法》第二十九条
            12|C|门诊慢特病待遇认定|D|《医疗保障基金使用监督管理条例》第三条
            12|P|医疗费用零星报销|D|《中华人民共和国社会保险法》第二十八条
            12|P|生育津贴支付|D|《中华人民共和国社会保险法》第五十六条
            12|P|医疗救助金给付|D|《社会救助暂行办法》第二十八条
            12|P|城乡居民大病保险待遇支付|D|《中华人民共和国社会保险法》第二十五条
            12|W|对举报欺诈骗取医保基金行为的奖励|D|《医疗保障基金使用监督管理条例》第十八条
            12|O|定点医药机构协议管理|D|《医疗保障基金使用监督管理条例》第十四条
            12|O|医保关系转移接续|D|《中华人民共和国社会保险法》第三十二条
            13|J|招标投标活动投诉处理|D|《中华人民共和国招标投标法实施条例》第六十一条
            13|O|政务服务事项目录管理|D|《优化营商环境条例》第三十五条
            13|O|公共资源交易项目进场登记|D|《中华人民共和国招标投标法》第十四条
            13|O|政务数据共享申请审核|D|《湖北省政务数据资源应用与管理办法》
            16|O|信访事项受理|D|《信访工作条例》第二十三条
            16|O|信访事项复查|D|《信访工作条例》第三十五条
            16|W|对在信访工作中成绩显著者的奖励|D|《信访工作条例》第四十四条
            T|L|农村村民宅基地审批|R|《中华人民共和国土地管理法》第六十二条
            T|L|乡村建设规划许可|A|《中华人民共和国城乡规划法》第四十一条
            T|L|乡村公共设施和公益事业建设用地审批|D|《中华人民共和国土地管理法》第六十一条
            T|L|临时占用乡村道路审批|D|《中华人民共和国公路法》第四十四条
            T|C|最低生活保障对象认定|Q|《社会救助暂行办法》第十一条
            T|C|特困人员认定|Q|《社会救助暂行办法》第十五条
            T|C|独生子女父母光荣证核发|D|《湖北省人口与计划生育条例》第三十三条
            T|C|计划生育家庭特别扶助对象确认|D|《中华人民共和国人口与计划生育法》第二十八条
            T|C|残疾人证核发初审|D|《中华人民共和国残疾人保障法》第二条
            T|P|临时救助金给付|D|《社会救助暂行办法》第四十七条
            T|P|高龄津贴发放|D|《中华人民共和国老年人权益保障法》第三十三条
            T|P|优抚对象抚恤补助金发放|D|《军人抚恤优待条例》第三十条
            T|P|孤儿基本生活费发放|D|《中华人民共和国未成年人保护法》第九十二条
            T|P|困难残疾人生活补贴和重度残疾人护理补贴发放|D|《中华人民共和国残疾人保障法》第四十八条
            T|P|农村部分计划生育家庭奖励扶助金发放|D|《中华人民共和国人口与计划生育法》第二十八条
            T|J|民间纠纷处理|D|《中华人民共和国人民调解法》第五条
            T|J|个人之间林木林地权属争议处理|D|《中华人民共和国森林法》第二十二条
            T|W|对在村民自治工作中成绩显著者的表彰|D|《中华人民共和国村民委员会组织法》第五条
            T|O|农村土地承包合同管理|D|《中华人民共和国农村土地承包法》第十二条
            T|O|生育登记服务|P|《中华人民共和国人口与计划生育法》第十九条
            T|O|村民一事一议筹资筹劳审核|D|《村民一事一议筹资筹劳管理办法》第十条
            T|O|殡葬服务管理|D|《殡葬管理条例》第五条
            T|C|农村集体经济组织成员身份确认|D|《中华人民共和国农村集体经济组织法》第十二条
            T|C|重点优抚对象认定初审|D|《军人抚恤优待条例》第三条
            T|C|因公牺牲、病故军人家属认定初审|D|《军人抚恤优待条例》第十条
            T|C|农村留守儿童和困境儿童认定|D|《中华人民共和国未成年人保护法》第八十一条
            T|C|低保边缘家庭认定|D|《社会救助暂行办法》第十一条
            T|P|经济困难老年人护理补贴发放|D|《中华人民共和国老年人权益保障法》第三十二条
            T|P|退役士兵自主就业一次性经济补助受理|D|《退役士兵安置条例》第十九条
            T|P|农业生产救灾资金发放|D|《自然灾害救助条例》第二十二条
            T|P|因灾倒损民房恢复重建补助发放|D|《自然灾害救助条例》第十九条
            T|P|农村特困人员供养金发放|D|《社会救助暂行办法》第十四条
            T|P|城乡居民最低生活保障金发放|D|《社会救助暂行办法》第九条
            T|L|占用农业灌溉水源和灌排工程设施审批|D|《中华人民共和国水法》第三十五条
            T|L|在村庄、集镇规划区内公共场所修建临时建筑审批|D|《村庄和集镇规划建设管理条例》第三十二条
            T|L|农村村民建房开工审批|D|《村庄和集镇规划建设管理条例》第十八条
            T|O|退役军人优待证申领受理|M|《中华人民共和国退役军人保障法》第六十二条
            T|O|流动人口居住登记|D|《居住证暂行条例》第五条
            T|O|农村危房改造申请受理|D|《湖北省农村危房改造实施办法》
            T|O|农业生产灾害救助申请受理|D|《自然灾害救助条例》第二十条
            T|O|村级组织换届选举指导|D|《中华人民共和国村民委员会组织法》第十二条
            T|O|小型水利工程管护|D|《中华人民共和国水法》第四十三条
            T|O|森林防火宣传和巡查|D|《森林防火条例》第十一条
            T|O|耕地保护和土地利用巡查|D|《中华人民共和国土地管理法》第三十六条
            T|O|人民调解委员会组建指导|D|《中华人民共和国人民调解法》第八条
            T|O|老年人优待证办理|D|《中华人民共和国老年人权益保障法》第五十七条
            10|L|民用爆炸物品购买许可|D|《民用爆炸物品安全管理条例》第二十一条
            10|L|互联网上网服务营业场所信息网络安全审核|D|《互联网上网服务营业场所管理条例》第十一条
            10|L|机动车检验合格标志核发|D|《中华人民共和国道路交通安全法》第十三条
            10|L|校车驾驶资格许可|D|《校车安全管理条例》第二十三条
            10|L|保安员证核发|D|《保安服务管理条例》第十六条
            10|C|临时居民身份证核发|D|《中华人民共和国临时居民身份证管理办法》第二条
            10|C|道路交通事故责任认定|D|《中华人民共和国道路交通安全法》第七十三条
            12|C|生育保险待遇资格确认|D|《中华人民共和国社会保险法》第五十四条
            12|P|城乡居民高血压糖尿病门诊用药保障待遇支付|D|《中华人民共和国社会保险法》第二十五条
            12|O|医疗保障参保信息变更|D|《中华人民共和国社会保险法》第二十三条
            13|O|工程建设项目审批代办服务|D|《优化营商环境条例》第四十一条
            13|O|政务服务差评核实整改|D|《优化营商环境条例》第三十八条
            8|L|民办学校分立、合并、变更、终止审批|B|《中华人民共和国民办教育促进法》第五十四条
            8|C|义务教育学校招生入学资格审核|D|《中华人民共和国义务教育法》第十二条
            9|C|林木采伐作业设计审核|D|《中华人民共和国森林法》第五十九条
            9|L|陆生野生动物及其制品经营利用许可|D|《中华人民共和国野生动物保护法》第二十八条
            """;

    static final String ENFORCEMENT = "enforcement_matter";

    /** The basis of an enforcement power by its type (the matter's own basis is the enforcement module's). */
    static final Map<String, String> BASES = Map.of(
            "PENALTY", "《中华人民共和国行政处罚法》第十七条、第十八条及主管领域法律、法规、规章",
            "COERCION", "《中华人民共和国行政强制法》第九条、第十七条及主管领域法律、法规",
            "INSPECTION", "《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）及主管领域法律、法规",
            "LICENCE", "《中华人民共和国行政许可法》第十二条及主管领域法律、法规",
            "LEVY", "主管领域法律、法规关于征收的规定；《中华人民共和国行政强制法》第四十五条",
            "OTHER", "《中华人民共和国行政处罚法》第十七条及主管领域法律、法规");

    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final List<ClaimedMatters> claimed;

    PowerDemoYear2023(DemoGenerations generations, AuditTrail audit, JdbcClient jdbc, List<ClaimedMatters> claimed) {
        this.generations = generations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.claimed = claimed;
    }

    /** The power type of an enforcement matter, from the words of its name. */
    static String typeOf(String name) {
        if (name.contains("处罚")) {
            return "PENALTY";
        }
        if (name.contains("查封") || name.contains("扣押") || name.contains("强制")) {
            return "COERCION";
        }
        if (name.contains("检查") || name.contains("抽查")) {
            return "INSPECTION";
        }
        if (name.contains("许可")) {
            return "LICENCE";
        }
        return name.contains("征收") ? "LEVY" : "OTHER";
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** One power to insert. */
    record Planned(String code, String type, String name, String basis, long unitId) {}

    /** The service-type powers of the vocabulary, in order, with their codes. */
    static List<Planned> servicePowers(Map<Long, String> unitCodes) {
        List<Planned> out = new ArrayList<>();
        Map<String, Integer> seq = new HashMap<>();
        for (String line : VOCABULARY.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            long[] units = f[0].equals("T") ? TOWNSHIPS : new long[] {Long.parseLong(f[0])};
            String[] type = TYPES.get(f[1]);
            String[] situations = SITUATIONS.get(f[3]);
            List<String> names = new ArrayList<>();
            if (situations.length == 0) {
                names.add(f[2]);
            } else {
                for (String s : situations) {
                    names.add(f[2] + "（" + s + "）");
                }
            }
            for (long unit : units) {
                for (String name : names) {
                    String prefix = unitCodes.get(unit) + "-" + type[1];
                    int n = seq.merge(prefix, 1, Integer::sum);
                    out.add(new Planned(prefix + "-" + String.format("%03d", n), type[0], name, f[4], unit));
                }
            }
        }
        return out;
    }

    int generate() {
        Map<Long, String> unitCodes = new HashMap<>();
        Map<Long, String> regions = new HashMap<>();
        jdbc.sql("SELECT id, code, region_code FROM unit").query((rs, i) -> {
            unitCodes.put(rs.getLong("id"), rs.getString("code"));
            regions.put(rs.getLong("id"), rs.getString("region_code"));
            return null;
        }).list();
        List<Planned> powers = new ArrayList<>();
        List<ClaimedMatter> matters = claimed.stream().filter(c -> ENFORCEMENT.equals(c.kind()))
                .flatMap(c -> c.matters().stream()).filter(m -> m.unitId() != null).toList();
        for (int i = 0; i < matters.size(); i++) {
            if (i % GAP_EVERY == GAP_FIRST) {
                continue;
            }
            ClaimedMatter m = matters.get(i);
            String type = typeOf(m.name());
            powers.add(new Planned(m.code(), type, m.name(), BASES.get(type), m.unitId()));
        }
        powers.addAll(servicePowers(unitCodes));
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (Planned p : powers) {
            jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, "
                            + "region_code, effective_from, published_on, duties, accountability, created_at, created_by) "
                            + "VALUES (:code, 1, :type, :name, :key, :basis, :unit, :region, :from, :pub, :duties, "
                            + ":acc, :at, 'demo')")
                    .param("code", p.code()).param("type", p.type()).param("name", p.name())
                    .param("key", MatterKeys.of(p.name())).param("basis", p.basis()).param("unit", p.unitId())
                    .param("region", regions.get(p.unitId())).param("from", EFFECTIVE).param("pub", PUBLISHED)
                    .param("duties", duties(p.type())).param("acc", ACCOUNTABILITY).param("at", at).update();
        }
        jdbc.sql("INSERT INTO power_publication (published_on, powers, region_code, created_at, created_by) "
                + "VALUES (:on, :n, '421202', :at, 'demo')").param("on", PUBLISHED).param("n", powers.size())
                .param("at", at.plusDays(6)).update();
        audit.record(AuditEntry.of("responsibilities.demoGenerated", "power_item", GENERATION,
                powers.size() + " powers published " + PUBLISHED).by("system"));
        return powers.size() + 2;
    }

    static final String ACCOUNTABILITY = "因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任："
            + "对符合法定条件的申请不予受理、不予办理或者不在法定期限内作出决定的；违反法定程序实施的；滥用职权、玩忽职守、"
            + "徇私舞弊的；其他违反法律法规规章规定的行为。";

    static String duties(String type) {
        return switch (type) {
            case "LICENCE" -> "1.受理责任：公示申请条件、材料和办理时限，一次性告知补正材料。2.审查责任：对申请材料进行审查，"
                    + "必要时实地核查。3.决定责任：在法定期限内作出准予或者不予许可的决定，不予许可的说明理由并告知救济途径。"
                    + "4.送达责任：依法送达并公开。5.事后监管责任：对被许可人从事许可事项的活动进行监督检查。";
            case "PENALTY", "COERCION", "INSPECTION" -> "1.立案（检查）责任。2.调查取证责任：两名以上执法人员，出示执法证件。"
                    + "3.审查（法制审核）责任。4.告知责任：告知陈述、申辩和听证权利。5.决定责任。6.送达责任。7.执行责任。"
                    + "8.公示责任。";
            case "PAYMENT", "REWARD" -> "1.受理责任。2.审核责任：核实申请对象条件。3.公示责任。4.决定和发放责任：按标准及时足额发放。"
                    + "5.监管责任：动态管理，停发不再符合条件者。";
            default -> "1.受理责任。2.审查责任。3.决定责任：在规定期限内作出决定并说明理由。4.送达责任。5.事后监管责任。";
        };
    }
}
