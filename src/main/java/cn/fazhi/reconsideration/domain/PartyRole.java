package cn.fazhi.reconsideration.domain;

/** 申请人 or 第三人. */
public enum PartyRole { APPLICANT, THIRD_PARTY }
