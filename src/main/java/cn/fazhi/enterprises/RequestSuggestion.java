package cn.fazhi.enterprises;

import java.util.List;

/**
 * A unit suggested for a request by the 权责清单 ({@code Responsibilities.suggest}), with its reason as a message key
 * and arguments ({@code responsibilities.reason.TEXT_MATCH}: the power's name, its basis, the words matched), the
 * reason's code and the power.
 */
public record RequestSuggestion(long unitId, String unitName, String reason, String reasonKey, List<Object> reasonArgs,
        String powerCode, String matched) {}
