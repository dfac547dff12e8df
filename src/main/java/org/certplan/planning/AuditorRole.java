package org.certplan.planning;

public enum AuditorRole { LEAD_AUDITOR, AUDITOR, TECHNICAL_EXPERT }
