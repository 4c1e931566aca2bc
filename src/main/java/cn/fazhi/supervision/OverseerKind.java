package cn.fazhi.supervision;

/**
 * Who a 法治督察员 is (督察工作规定 Art. 16: the 督察组 may invite 人大代表、政协委员、专家、记者): NPC_DEPUTY 人大代表,
 * CPPCC_MEMBER 政协委员, LAWYER 律师, SCHOLAR 专家学者, OFFICIAL 机关干部, JOURNALIST 新闻记者, OTHER 其他.
 */
public enum OverseerKind {
    NPC_DEPUTY, CPPCC_MEMBER, LAWYER, SCHOLAR, OFFICIAL, JOURNALIST, OTHER
}
