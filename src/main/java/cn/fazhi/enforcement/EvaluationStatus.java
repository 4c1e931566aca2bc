package cn.fazhi.enforcement;

/** A campaign's state: drafted (files not yet drawn), scoring (drawn, reviewers at work), closed (results final). */
public enum EvaluationStatus { DRAFT, SCORING, CLOSED }
