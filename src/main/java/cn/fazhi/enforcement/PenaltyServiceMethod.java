package cn.fazhi.enforcement;

/** How a decision was served (处罚法 Art. 61; 民事诉讼法 service rules): 直接, 留置, 邮寄, 电子, 公告, 当场交付. */
public enum PenaltyServiceMethod { DIRECT, LEFT, POST, ELECTRONIC, NOTICE, ON_THE_SPOT }
