/**
 * Strings that must never reach the public site. Each sits in exactly one private place of the
 * dataset — an `internalNotes` field, a `drafts.` document, an unverified relation record, or a
 * nomination whose outcome stays internal — so a test can search every file in `dist/` for
 * them: any hit is a leak. The seed tables import them from here, so this list is complete.
 */
export const MARKERS = {
  // internalNotes of published enterprises (never published as a field)
  notesZhixin: 'PRIVATE-MARKER-internal-notes-zhixin-tech',
  notesHuaxin: 'PRIVATE-MARKER-internal-notes-huaxin-data',
  notesLianchuang: 'PRIVATE-MARKER-internal-notes-lianchuang-ai',
  notesQingyuan: 'PRIVATE-MARKER-internal-notes-qingyuan-env',
  notesXinghe: 'PRIVATE-MARKER-internal-notes-xinghe-medical',
  notesHaijian: 'PRIVATE-MARKER-internal-notes-haijian-construction',
  // drafts.* documents
  draftEnterprise: 'PRIVATE-MARKER-draft-enterprise-zhixin-tech',
  draftStandard: 'PRIVATE-MARKER-draft-only-standard-gb-t-98199',
  draftProgram: 'PRIVATE-MARKER-draft-only-programme-2027',
  // relation records still "entered" (not verified)
  enteredParticipationAnxin: 'PRIVATE-MARKER-entered-participation-anxin-security',
  enteredParticipationTianshu: 'PRIVATE-MARKER-entered-participation-tianshu-software',
  enteredParticipationMozhi: 'PRIVATE-MARKER-entered-participation-mozhi-ai',
  enteredParticipationGuanghe: 'PRIVATE-MARKER-entered-participation-guanghe-materials',
  enteredCommitteeRoleChenyu: 'PRIVATE-MARKER-entered-committee-role-chenyu-cloudmap',
  enteredCommitteeRoleDingsheng: 'PRIVATE-MARKER-entered-committee-role-dingsheng-instruments',
  enteredCommitteeRoleYuanjian: 'PRIVATE-MARKER-entered-committee-role-yuanjian-standards',
  enteredNominationTongchuang: 'PRIVATE-MARKER-entered-nomination-tongchuang-iot',
  enteredNominationShuyuan: 'PRIVATE-MARKER-entered-nomination-shuyuan-health',
  enteredNominationQiheng: 'PRIVATE-MARKER-entered-nomination-qiheng-robotics',
  // verified nominations whose outcome is internal (not-awarded, withdrawn, revoked)
  notAwardedLianchuangBeijing2023: 'PRIVATE-MARKER-not-awarded-lianchuang-ai-beijing-2023',
  notAwardedAnxinZgc2022: 'PRIVATE-MARKER-not-awarded-anxin-security-zgc-2022',
  notAwardedHuaxinChina2021: 'PRIVATE-MARKER-not-awarded-huaxin-data-china-2021',
  notAwardedHaichuangZgc2024: 'PRIVATE-MARKER-not-awarded-haichuang-measurement-zgc-2024',
  withdrawnQingyuanBeijing2021: 'PRIVATE-MARKER-withdrawn-qingyuan-env-beijing-2021',
  withdrawnJinghaiZgc2023: 'PRIVATE-MARKER-withdrawn-jinghai-logistics-zgc-2023',
  revokedXingheBeijing2019: 'PRIVATE-MARKER-revoked-xinghe-medical-beijing-2019',
} as const;

/** Every private marker, for tests that search the built site. */
export const PRIVATE_MARKERS: readonly string[] = Object.freeze(Object.values(MARKERS));

/** The common prefix: anything in `dist/` containing it is a leak, listed here or not. */
export const PRIVATE_MARKER_PREFIX = 'PRIVATE-MARKER-';
