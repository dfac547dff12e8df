package org.certplan.programme;

public enum CertificationStatus { APPLIED, STAGE_1_DONE, STAGE_2_DONE, CERTIFIED, SUSPENDED, WITHDRAWN, EXPIRED }
