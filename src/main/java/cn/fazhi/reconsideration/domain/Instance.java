package cn.fazhi.reconsideration.domain;

/** 一审 / 二审 / 再审. */
public enum Instance { FIRST, SECOND, RETRIAL }
