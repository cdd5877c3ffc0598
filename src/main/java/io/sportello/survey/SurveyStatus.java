package io.sportello.survey;

public enum SurveyStatus { SENT, ANSWERED, EXPIRED }
