package cn.fazhi.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.crypto.PersonalDataCipher;

/**
 * Demo accounts, one per built-in role, created on first start when {@code fazhi.demo.enabled} (the embedded
 * default). They are marked {@code demo} so the prod profile can refuse to start while any is enabled. The
 * resident ID and phone numbers are fictitious, generated with valid check characters.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    /** Documented in README.md. */
    static final String DEMO_PASSWORD = cn.fazhi.identity.domain.PasswordPolicy.DEMO_PASSWORD;

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, long unitId, long roleId, String idNumber, String phone) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "系统管理员", 4, 1, "42120219800101001", "13907150001"),
            new Demo("fzb", "依法治区办 张明", 2, 2, "42120219850315002", "13907150002"),
            // a second office member: passes the internal review of what fzb submits (four eyes, ReportStep.refusal)
            new Demo("shenhe", "依法治区办 刘洋", 2, 2, "42120219870522009", "13907150009"),
            new Demo("scjg", "区市场监管局 李华", 5, 3, "42120219900720003", "13907150003"),
            new Demo("wenquan", "温泉街道综治中心 王芳", 18, 4, "42120219920611004", "13907150004"),
            new Demo("maqiao", "马桥镇综治中心 陈刚", 36, 4, "42120219880909005", "13907150005"),
            // the market supervision bureau's legal reviewer (法制审核) and head (负责人): the enforcement case's other hands
            new Demo("scjgfz", "区市场监管局 法制审核 孙丽", 5, 8, "42120219860214010", "13907150010"),
            new Demo("scjgld", "区市场监管局 负责人 郑伟", 5, 9, "42120219720930011", "13907150011"),
            new Demo("tiaojie", "温泉街道人民调解员 赵琳", 18, 5, "42120219750203006", "13907150006"),
            new Demo("duchayuan", "法治督察员 周强", 2, 6, "42120219700808007", "13907150007"),
            new Demo("leader", "区政府领导 吴刚", 3, 7, "42120219680412008", "13907150008"),
            // a window of the 市民之家 (intake, 即办 decisions) and an operator of the 12345 centre
            new Demo("chuangkou", "市民之家窗口 黄敏", 14, 10, "42120219930305012", "13907150012"),
            new Demo("rexian", "12345热线 钱静", 43, 11, "42120219910718013", "13907150013"),
            // the help desk at the development and reform bureau; an agent of 香城代办 and a village clerk in 温泉街道
            new Demo("yingshang", "区发改局营商环境专员 冯洁", 44, 12, "42120219940101014", "13907150014"),
            new Demo("daiban", "温泉街道香城代办员 何军", 17, 13, "42120219650909015", "13907150015"),
            new Demo("cunwei", "温泉街道村（社区）工作人员 罗敏", 17, 14, "42120219830618016", "13907150016"),
            new Demo("ganbu", "区市场监管局干部 邓超", 5, 15, "42120219910412017", "13907150017"),
            new Demo("xinfang", "区信访局 高峰", 16, 16, "42120219790823018", "13907150018"),
            new Demo("gongan", "区公安分局 法制大队 杜鹃", 10, 3, "42120219860107019", "13907150019"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoAccounts(JdbcClient jdbc, PasswordEncoder passwords, PersonalDataCipher cipher, AuditTrail audit,
            TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo demo : ACCOUNTS) {
            try {
                tx.executeWithoutResult(status -> create(demo));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                log.debug("Demo account {} created by another node", demo.username());
            }
        }
    }

    private void create(Demo demo) {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", demo.username())
                .query(Long.class).single() > 0) {
            return;
        }
        String idNumber = demo.idNumber() + cn.fazhi.platform.identifiers.ResidentIdNumber.checkCharacter(demo.idNumber());
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", demo.unitId())
                .query(String.class).single();
        jdbc.sql("INSERT INTO app_user (username, display_name, unit_id, region_code, password_hash, enabled, "
                        + "must_change_password, id_number_enc, id_number_index, phone_enc, demo, created_at) "
                        + "VALUES (:u, :d, :unit, :region, :hash, TRUE, FALSE, :idEnc, :idIdx, :phone, TRUE, :now)")
                .param("u", demo.username()).param("d", demo.displayName()).param("unit", demo.unitId())
                .param("region", region).param("hash", passwords.encode(DEMO_PASSWORD))
                .param("idEnc", cipher.encrypt(idNumber)).param("idIdx", cipher.blindIndex(idNumber))
                .param("phone", cipher.encrypt(demo.phone())).param("now", OffsetDateTime.now(clock)).update();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", demo.username())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO user_role (user_id, role_id) VALUES (:u, :r)").param("u", id).param("r", demo.roleId()).update();
        audit.record(AuditEntry.of("identity.user.created", "app_user", id, "demo account " + demo.username()).by("system"));
        log.info("Demo account created: {}", demo.username());
    }
}
