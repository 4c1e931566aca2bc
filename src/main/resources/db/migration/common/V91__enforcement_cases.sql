-- Administrative enforcement, part B: the 行政处罚 case (case type "enforcement") on the kernel. V89 fixed the columns
-- other parts read; these are the penalty case's own: party (sealed), the act and its limitation, 告知, 陈述申辩, 听证,
-- 法制审核, 集体讨论, deviation approval, decision, 送达, payment and annulment. One ADD COLUMN per statement (H2 and
-- PostgreSQL both accept it).
INSERT INTO case_number_format (case_type, pattern) VALUES ('enforcement', '咸安{scopeName}罚立〔{year}〕{seq}号');
INSERT INTO case_number_format (case_type, pattern) VALUES ('enforcement_decision', '咸安{scopeName}罚决〔{year}〕{seq}号');

ALTER TABLE enforcement_case ADD COLUMN party_kind VARCHAR(16);
ALTER TABLE enforcement_case ADD COLUMN party_name VARCHAR(200);
ALTER TABLE enforcement_case ADD COLUMN party_id_enc VARCHAR(200);
ALTER TABLE enforcement_case ADD COLUMN party_id_index VARCHAR(64);
ALTER TABLE enforcement_case ADD COLUMN party_id_masked VARCHAR(40);
ALTER TABLE enforcement_case ADD COLUMN party_phone_enc VARCHAR(200);
ALTER TABLE enforcement_case ADD COLUMN party_phone_index VARCHAR(64);
ALTER TABLE enforcement_case ADD COLUMN party_phone_masked VARCHAR(32);
ALTER TABLE enforcement_case ADD COLUMN violation_name VARCHAR(300);
ALTER TABLE enforcement_case ADD COLUMN summary VARCHAR(4000);
ALTER TABLE enforcement_case ADD COLUMN act_on DATE;
ALTER TABLE enforcement_case ADD COLUMN act_ended_on DATE;
ALTER TABLE enforcement_case ADD COLUMN discovered_on DATE;
ALTER TABLE enforcement_case ADD COLUMN grave_harm BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN limitation_ends_on DATE;
ALTER TABLE enforcement_case ADD COLUMN decision_due_on DATE;
ALTER TABLE enforcement_case ADD COLUMN extensions INT DEFAULT 0 NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN marked_major BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN complex_case BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN notified_on DATE;
ALTER TABLE enforcement_case ADD COLUMN intended_kinds VARCHAR(200);
ALTER TABLE enforcement_case ADD COLUMN intended_fine NUMERIC(14, 2);
ALTER TABLE enforcement_case ADD COLUMN notice_facts VARCHAR(4000);
ALTER TABLE enforcement_case ADD COLUMN notice_reasons VARCHAR(2000);
ALTER TABLE enforcement_case ADD COLUMN notice_basis VARCHAR(2000);
ALTER TABLE enforcement_case ADD COLUMN notice_rights VARCHAR(2000);
ALTER TABLE enforcement_case ADD COLUMN hearing_triggered BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN statement_on DATE;
ALTER TABLE enforcement_case ADD COLUMN statement_text VARCHAR(4000);
ALTER TABLE enforcement_case ADD COLUMN hearing_waived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN hearing_requested_on DATE;
ALTER TABLE enforcement_case ADD COLUMN hearing_noticed_on DATE;
ALTER TABLE enforcement_case ADD COLUMN hearing_on DATE;
ALTER TABLE enforcement_case ADD COLUMN hearing_presider_id BIGINT REFERENCES enforcement_officer (id);
ALTER TABLE enforcement_case ADD COLUMN hearing_record VARCHAR(4000);
ALTER TABLE enforcement_case ADD COLUMN review_submitted_on DATE;
ALTER TABLE enforcement_case ADD COLUMN reviewer_officer_id BIGINT REFERENCES enforcement_officer (id);
ALTER TABLE enforcement_case ADD COLUMN review_outcome VARCHAR(16);
ALTER TABLE enforcement_case ADD COLUMN review_opinion VARCHAR(4000);
ALTER TABLE enforcement_case ADD COLUMN review_passed_on DATE;
ALTER TABLE enforcement_case ADD COLUMN discussion_on DATE;
ALTER TABLE enforcement_case ADD COLUMN discussion_attendees VARCHAR(1000);
ALTER TABLE enforcement_case ADD COLUMN discussion_conclusion VARCHAR(2000);
ALTER TABLE enforcement_case ADD COLUMN deviation_approved_on DATE;
ALTER TABLE enforcement_case ADD COLUMN deviation_approved_by VARCHAR(64);
ALTER TABLE enforcement_case ADD COLUMN deviation_reason VARCHAR(2000);
ALTER TABLE enforcement_case ADD COLUMN deviation_fine NUMERIC(14, 2);
ALTER TABLE enforcement_case ADD COLUMN penalty_kinds VARCHAR(200);
ALTER TABLE enforcement_case ADD COLUMN confiscation_amount NUMERIC(14, 2);
ALTER TABLE enforcement_case ADD COLUMN decision_text VARCHAR(4000);
ALTER TABLE enforcement_case ADD COLUMN major_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN outside_range BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN served_on DATE;
ALTER TABLE enforcement_case ADD COLUMN service_method VARCHAR(16);
ALTER TABLE enforcement_case ADD COLUMN party_absent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN payment_due_on DATE;
ALTER TABLE enforcement_case ADD COLUMN paid_on DATE;
ALTER TABLE enforcement_case ADD COLUMN late_fee NUMERIC(14, 2);
ALTER TABLE enforcement_case ADD COLUMN annulled_on DATE;
ALTER TABLE enforcement_case ADD COLUMN annul_ground VARCHAR(16);
ALTER TABLE enforcement_case ADD COLUMN annul_reason VARCHAR(2000);
CREATE INDEX enforcement_case_decided_idx ON enforcement_case (decided_on);
CREATE INDEX enforcement_case_party_idx ON enforcement_case (party_id_index);

-- 调查取证 / 检查: each investigative act with its officers (≥ 2, each certified on the act's day: 处罚法 Art. 42) and
-- the certificate number each showed (出示证件, Art. 55).
CREATE TABLE enforcement_case_act (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id            BIGINT        NOT NULL REFERENCES enforcement_case (id),
    act_kind           VARCHAR(16)   NOT NULL CHECK (act_kind IN ('INQUIRY', 'INSPECTION', 'SAMPLING', 'OTHER')),
    act_on             DATE          NOT NULL,
    certificates_shown BOOLEAN       NOT NULL,
    notes              VARCHAR(4000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(64)   NOT NULL
);
CREATE INDEX enforcement_case_act_case_idx ON enforcement_case_act (case_id);

CREATE TABLE enforcement_case_act_officer (
    act_id             BIGINT        NOT NULL REFERENCES enforcement_case_act (id),
    officer_id         BIGINT        NOT NULL REFERENCES enforcement_officer (id),
    certificate_number VARCHAR(40)   NOT NULL,
    PRIMARY KEY (act_id, officer_id)
);

-- Extensions of the 90-day decision period (处罚法 Art. 60 "法律、法规、规章另有规定的，从其规定"): who approved, why,
-- the new due date.
CREATE TABLE enforcement_case_extension (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES enforcement_case (id),
    approved_on  DATE          NOT NULL,
    approved_by  VARCHAR(64)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    previous_due DATE          NOT NULL,
    new_due      DATE          NOT NULL,
    CHECK (new_due > previous_due)
);
CREATE INDEX enforcement_case_extension_case_idx ON enforcement_case_extension (case_id);

-- 重大执法决定目录 per unit (国办发〔2018〕118号 四(十二)): what makes a penalty case 重大 in that unit.
CREATE TABLE enforcement_major_catalogue (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    unit_id         BIGINT        NOT NULL REFERENCES unit (id),
    region_code     VARCHAR(12)   NOT NULL REFERENCES region (code),
    rule_kind       VARCHAR(16)   NOT NULL CHECK (rule_kind IN ('VIOLATION', 'FINE_AT_LEAST', 'PENALTY_KIND', 'HEARING')),
    violation_code  VARCHAR(64),
    min_fine        NUMERIC(14, 2),
    penalty_kind    VARCHAR(24),
    description     VARCHAR(500)  NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    CHECK (rule_kind <> 'VIOLATION' OR violation_code IS NOT NULL),
    CHECK (rule_kind <> 'FINE_AT_LEAST' OR min_fine IS NOT NULL),
    CHECK (rule_kind <> 'PENALTY_KIND' OR penalty_kind IS NOT NULL)
);
CREATE INDEX enforcement_major_catalogue_unit_idx ON enforcement_major_catalogue (unit_id);
