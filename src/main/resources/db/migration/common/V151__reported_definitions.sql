-- Issue 16 (D): the reported figures the district's annual report cites (the seed report's figures that live in other
-- organs' systems). They are the district's definitions, not demo data: the built-in template may cite them as
-- reported.<code> whether or not demo data is generated. The office adds further ones on /reported-figures/definitions.
INSERT INTO reported_definition (code, name, figure_unit, unit_id, source_system, description, created_at, created_by) VALUES
    ('telecom_fraud_cases_decline', '电信网络诈骗案件发案数同比下降', 'PERCENT', 10, '公安机关反诈案件统计系统', '同比下降的百分比', CURRENT_TIMESTAMP, 'system'),
    ('telecom_fraud_losses_decline', '电信网络诈骗案件损失金额同比下降', 'PERCENT', 10, '公安机关反诈案件统计系统', '同比下降的百分比', CURRENT_TIMESTAMP, 'system'),
    ('environment_public_interest_cases', '办理生态环境和资源保护领域公益诉讼案件', 'COUNT', 90, '检察业务应用系统', NULL, CURRENT_TIMESTAMP, 'system'),
    ('citizen_centre_monthly_decline', '市民之家人社、医保窗口月均办件量同比减少', 'COUNT', 13, '政务服务综合受理平台', '减少的件数', CURRENT_TIMESTAMP, 'system'),
    ('citizen_centre_special_windows', '市民之家设置的专区窗口', 'COUNT', 13, '政务服务综合受理平台', NULL, CURRENT_TIMESTAMP, 'system'),
    ('citizen_centre_general_windows', '市民之家设置的综合窗口', 'COUNT', 13, '政务服务综合受理平台', NULL, CURRENT_TIMESTAMP, 'system'),
    ('business_pilot_projects', '获批省级优化营商环境先行区改革试点项目', 'COUNT', 44, '省发展改革委批复文件', NULL, CURRENT_TIMESTAMP, 'system'),
    ('fengqiao_national_models', '全国新时代“枫桥经验”先进典型名单的典型数', 'COUNT', 81, '中央政法委公布的名单', '本区工作法入选的名单的规模', CURRENT_TIMESTAMP, 'system'),
    ('enterprise_desk_services', '企业解忧码提供的便捷服务项目', 'COUNT', 44, '企业解忧码服务平台', NULL, CURRENT_TIMESTAMP, 'system');
