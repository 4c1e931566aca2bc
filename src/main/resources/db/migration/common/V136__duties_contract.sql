-- Issue 16 contract: rule-of-law duties (learning, 述法, 第一责任人, 普法, 法治副校长, 信访积案, assessment) and reported
-- figures. The district's other units under these duties (the seed counts 78 units: 2,135 cadres of 78 units took the
-- online test, 78 units reported on rule-of-law work in writing), two roles and the permissions of every part, the case
-- number formats, and the one table several parts read: the year's roster of units under the duties. Each part adds
-- its own tables in its own migration.

-- The district bodies not yet known here (区直单位 beyond the twelve departments already present). With the 12
-- departments (4–13, 16, 44) and the 13 township governments they make the 78 units of the year's roster.
INSERT INTO unit (id, code, name, short_name, type, parent_id, region_code, sort_order) VALUES
    (45, 'XA-JXJ', '咸安区经济和信息化局', '区经信局', 'DEPARTMENT', 3, '421202', 45),
    (46, 'XA-CZJ', '咸安区财政局', '区财政局', 'DEPARTMENT', 3, '421202', 46),
    (47, 'XA-KJJ', '咸安区科学技术局', '区科技局', 'DEPARTMENT', 3, '421202', 47),
    (48, 'XA-MZJ', '咸安区民政局', '区民政局', 'DEPARTMENT', 3, '421202', 48),
    (49, 'XA-ZRZYJ', '咸安区自然资源和规划局', '区自然资源和规划局', 'DEPARTMENT', 3, '421202', 49),
    (50, 'XA-STHJ', '咸宁市生态环境局咸安区分局', '区生态环境分局', 'DEPARTMENT', 3, '421202', 50),
    (51, 'XA-JTJ', '咸安区交通运输局', '区交通运输局', 'DEPARTMENT', 3, '421202', 51),
    (52, 'XA-SLJ', '咸安区水利和湖泊局', '区水利和湖泊局', 'DEPARTMENT', 3, '421202', 52),
    (53, 'XA-SWJ', '咸安区商务局', '区商务局', 'DEPARTMENT', 3, '421202', 53),
    (54, 'XA-WLJ', '咸安区文化和旅游局', '区文旅局', 'DEPARTMENT', 3, '421202', 54),
    (55, 'XA-WJJ', '咸安区卫生健康局', '区卫健局', 'DEPARTMENT', 3, '421202', 55),
    (56, 'XA-TYJR', '咸安区退役军人事务局', '区退役军人事务局', 'DEPARTMENT', 3, '421202', 56),
    (57, 'XA-YJJ', '咸安区应急管理局', '区应急管理局', 'DEPARTMENT', 3, '421202', 57),
    (58, 'XA-SJJ', '咸安区审计局', '区审计局', 'DEPARTMENT', 3, '421202', 58),
    (59, 'XA-TJJ', '咸安区统计局', '区统计局', 'DEPARTMENT', 3, '421202', 59),
    (60, 'XA-CGJ', '咸安区城市管理执法局', '区城管执法局', 'DEPARTMENT', 3, '421202', 60),
    (61, 'XA-MZZJ', '咸安区民族宗教事务局', '区民宗局', 'DEPARTMENT', 3, '421202', 61),
    (62, 'XA-GZJ', '咸安区国有资产监督管理局', '区国资局', 'DEPARTMENT', 3, '421202', 62),
    (63, 'XA-XCZX', '咸安区乡村振兴局', '区乡村振兴局', 'DEPARTMENT', 3, '421202', 63),
    (64, 'XA-ZFB', '咸安区人民政府办公室', '区政府办', 'DEPARTMENT', 3, '421202', 64),
    (65, 'XA-ZSJ', '咸安区招商服务中心', '区招商服务中心', 'DEPARTMENT', 3, '421202', 65),
    (66, 'XA-JGSW', '咸安区机关事务服务中心', '区机关事务服务中心', 'DEPARTMENT', 3, '421202', 66),
    (67, 'XA-KFQ', '咸安经济开发区管理委员会', '咸安经济开发区', 'DEPARTMENT', 3, '421202', 67),
    (68, 'XA-SWUJ', '国家税务总局咸宁市咸安区税务局', '区税务局', 'DEPARTMENT', 3, '421202', 68),
    (69, 'XA-XFJY', '咸安区消防救援大队', '区消防救援大队', 'DEPARTMENT', 3, '421202', 69),
    (70, 'XA-QXJ', '咸安区气象局', '区气象局', 'DEPARTMENT', 3, '421202', 70),
    (71, 'XA-GJJ', '咸宁市住房公积金中心咸安办事处', '区公积金办事处', 'DEPARTMENT', 3, '421202', 71),
    (72, 'XA-YCJ', '咸安区烟草专卖局', '区烟草专卖局', 'DEPARTMENT', 3, '421202', 72),
    (73, 'XA-DJZX', '咸安区不动产登记中心', '区不动产登记中心', 'DEPARTMENT', 3, '421202', 73),
    (74, 'XA-GXS', '咸安区供销合作社联合社', '区供销社', 'DEPARTMENT', 3, '421202', 74),
    (75, 'XA-RMT', '咸安区融媒体中心', '区融媒体中心', 'DEPARTMENT', 3, '421202', 75),
    (76, 'XA-DAG', '咸安区档案馆', '区档案馆', 'DEPARTMENT', 3, '421202', 76),
    (77, 'XA-QWB', '中共咸安区委办公室', '区委办', 'PARTY_BODY', 1, '421202', 77),
    (78, 'XA-ZZB', '中共咸安区委组织部', '区委组织部', 'PARTY_BODY', 1, '421202', 78),
    (79, 'XA-XCB', '中共咸安区委宣传部', '区委宣传部', 'PARTY_BODY', 1, '421202', 79),
    (80, 'XA-TZB', '中共咸安区委统战部', '区委统战部', 'PARTY_BODY', 1, '421202', 80),
    (81, 'XA-ZFW', '中共咸安区委政法委员会', '区委政法委', 'PARTY_BODY', 1, '421202', 81),
    (82, 'XA-JW', '中共咸安区纪律检查委员会', '区纪委监委', 'PARTY_BODY', 1, '421202', 82),
    (83, 'XA-BB', '中共咸安区委机构编制委员会办公室', '区委编办', 'PARTY_BODY', 1, '421202', 83),
    (84, 'XA-DX', '中共咸安区委党校', '区委党校', 'PARTY_BODY', 1, '421202', 84),
    (85, 'XA-WXB', '中共咸安区委网络安全和信息化委员会办公室', '区委网信办', 'PARTY_BODY', 1, '421202', 85),
    (86, 'XA-XCHB', '中共咸安区委巡察工作领导小组办公室', '区委巡察办', 'PARTY_BODY', 1, '421202', 86),
    (87, 'XA-RDB', '咸安区人大常委会办公室', '区人大办', 'OTHER', NULL, '421202', 87),
    (88, 'XA-ZXB', '政协咸安区委员会办公室', '区政协办', 'OTHER', NULL, '421202', 88),
    (89, 'XA-FY', '咸安区人民法院', '区人民法院', 'OTHER', NULL, '421202', 89),
    (90, 'XA-JCY', '咸安区人民检察院', '区人民检察院', 'OTHER', NULL, '421202', 90),
    (91, 'XA-ZGH', '咸安区总工会', '区总工会', 'OTHER', NULL, '421202', 91),
    (92, 'XA-TQW', '共青团咸安区委员会', '团区委', 'OTHER', NULL, '421202', 92),
    (93, 'XA-FL', '咸安区妇女联合会', '区妇联', 'OTHER', NULL, '421202', 93),
    (94, 'XA-CL', '咸安区残疾人联合会', '区残联', 'OTHER', NULL, '421202', 94),
    (95, 'XA-KX', '咸安区科学技术协会', '区科协', 'OTHER', NULL, '421202', 95),
    (96, 'XA-GSL', '咸安区工商业联合会', '区工商联', 'OTHER', NULL, '421202', 96),
    (97, 'XA-HSH', '咸安区红十字会', '区红十字会', 'OTHER', NULL, '421202', 97);

-- 15 机关干部: a cadre of any unit — takes the online tests assigned to them, sees their own results. 16 信访工作人员: the
-- petitions bureau's staff, who keep the backlog of long-standing petitions district-wide.
INSERT INTO app_role (id, code, name, description, data_scope, built_in) VALUES
    (15, 'CADRE', '机关干部', '参加学法考试，查看本人学法记录', 'UNIT', TRUE),
    (16, 'PETITION_OFFICER', '信访工作人员', '信访积案：建档、包案、化解跟踪（全区）', 'DISTRICT', TRUE);

-- Permissions. learning: view (lectures, classes, tests and results of the caller's scope); manage (lectures, classes,
-- the question bank, test sessions, the pre-appointment exam); take (sit the tests assigned to oneself).
-- duties: view; manage (the 述法 plan, the roster, duty-list templates, evaluation of reports); submit (a unit files its
-- 述法 report, its head's duty list and evidence). assessment: view (published results of the caller's scope); manage
-- (criteria, weights, publication, the cadre-use aggregates); evaluate (an evaluator's entry with evidence where no
-- record exists). publicity: view; manage (the 普法 review, experts' evaluation, schools and 法治副校长, model villages);
-- submit (a unit's duty list, activities, annual 普法 report). petitions: view; manage (the backlog, leaders, meetings,
-- resolution). reported: view; submit (a unit submits a figure from its own system with evidence); approve (the
-- office reviews and approves or returns it).
INSERT INTO role_permission (role_id, permission) VALUES
    (1, 'learning:view'), (1, 'learning:manage'), (1, 'learning:take'),
    (1, 'duties:view'), (1, 'duties:manage'), (1, 'duties:submit'),
    (1, 'assessment:view'), (1, 'assessment:manage'), (1, 'assessment:evaluate'),
    (1, 'publicity:view'), (1, 'publicity:manage'), (1, 'publicity:submit'),
    (1, 'petitions:view'), (1, 'petitions:manage'),
    (1, 'reported:view'), (1, 'reported:submit'), (1, 'reported:approve'),
    (2, 'learning:view'), (2, 'learning:manage'), (2, 'learning:take'),
    (2, 'duties:view'), (2, 'duties:manage'), (2, 'assessment:view'), (2, 'assessment:manage'),
    (2, 'assessment:evaluate'), (2, 'publicity:view'), (2, 'publicity:manage'), (2, 'petitions:view'),
    (2, 'reported:view'), (2, 'reported:approve'),
    (3, 'learning:view'), (3, 'learning:take'), (3, 'duties:view'), (3, 'duties:submit'), (3, 'assessment:view'),
    (3, 'publicity:view'), (3, 'publicity:submit'), (3, 'reported:view'), (3, 'reported:submit'),
    (4, 'learning:view'), (4, 'learning:take'), (4, 'duties:view'), (4, 'duties:submit'), (4, 'assessment:view'),
    (4, 'publicity:view'), (4, 'publicity:submit'), (4, 'petitions:view'), (4, 'reported:view'),
    (4, 'reported:submit'),
    (6, 'duties:view'), (6, 'assessment:view'), (6, 'publicity:view'), (6, 'assessment:evaluate'),
    (7, 'learning:view'), (7, 'learning:take'), (7, 'duties:view'), (7, 'assessment:view'), (7, 'publicity:view'),
    (7, 'petitions:view'), (7, 'reported:view'),
    (9, 'learning:view'), (9, 'learning:take'), (9, 'duties:view'), (9, 'duties:submit'), (9, 'assessment:view'),
    (9, 'publicity:view'), (9, 'publicity:submit'), (9, 'reported:view'), (9, 'reported:submit'),
    (15, 'learning:take'),
    (16, 'org:unit:view'), (16, 'petitions:view'), (16, 'petitions:manage'), (16, 'learning:take');

INSERT INTO case_number_format (case_type, pattern) VALUES ('petition_backlog', '咸安积案〔{year}〕{seq}号');
INSERT INTO case_number_format (case_type, pattern) VALUES ('reported_figure', '咸安填报〔{year}〕{seq}号');

-- The year's roster of units under the rule-of-law duties (述法, the online law test, 普法 duty lists, the annual
-- assessment): one row per unit and year. The office keeps it (duties:manage); the demo generator fills 2022–2024.
CREATE TABLE rol_roster (
    roster_year INT                      NOT NULL,
    unit_id     BIGINT                   NOT NULL REFERENCES unit (id),
    category    VARCHAR(16)              NOT NULL CHECK (category IN ('DEPARTMENT', 'TOWNSHIP')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    PRIMARY KEY (roster_year, unit_id)
);
