package cn.fazhi.enforcement;

/**
 * What a unit's 重大执法决定目录 entry matches (国办发〔2018〕118号 四(十二)): a violation code, a fine at or above an
 * amount, a penalty kind (e.g. 吊销许可证件), or any case in which a hearing was held.
 */
public enum MajorCatalogueRule { VIOLATION, FINE_AT_LEAST, PENALTY_KIND, HEARING }
