/**
 * 批量录入 (bulk intake), a Studio tool: paste an award announcement (公示名单) or a standard's
 * drafting organizations (起草单位), give what the whole list shares and one source, check the
 * preview — every match, near match with its confidence, ambiguity and miss — and create all
 * records in one transaction as 已录入 for a colleague to verify. The matching and the records
 * are site/lib/domain/nameMatch.ts and intake.ts, the same as `npm run intake`.
 */
import { Box, Button, Card, Checkbox, Flex, Select, Stack, Text, TextArea, TextInput } from '@sanity/ui';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, useCurrentUser, type Tool } from 'sanity';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { enteredStamp } from '../../site/lib/domain/fourEyes.ts';
import { enterpriseDraftFor, intakeSourceProblem, planIntake, defaultChoices, type Choice, type IntakeList } from '../../site/lib/domain/intake.ts';
import { MATCH_KIND_LABELS, MATCH_VIA_LABELS, matchList, parseNameList, type MatchCandidate, type MatchReport } from '../../site/lib/domain/nameMatch.ts';
import { NOMINATION_OUTCOMES, valuesOf, type NominationOutcome } from '../../site/lib/domain/vocabulary.ts';

const API_VERSION = '2025-02-19';

interface Option {
  readonly _id: string;
  readonly label: string;
}

/** One labelled field: the label is the input's accessible name. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} as="label">
      <Text size={1} weight="semibold">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function IntakeTool() {
  const client = useClient({ apiVersion: API_VERSION });
  const user = useCurrentUser();
  const [kind, setKind] = useState<'nomination' | 'participation'>('nomination');
  const [awards, setAwards] = useState<Option[]>([]);
  const [standards, setStandards] = useState<Option[]>([]);
  const [target, setTarget] = useState('');
  const [year, setYear] = useState(todayInBeijing().slice(0, 4));
  const [outcome, setOutcome] = useState<NominationOutcome>('recommended');
  const [leadFirst, setLeadFirst] = useState(true);
  const [sourceUrl, setSourceUrl] = useState('');
  const [sourceTitle, setSourceTitle] = useState('');
  const [sourceDate, setSourceDate] = useState(todayInBeijing());
  const [text, setText] = useState('');
  const [candidates, setCandidates] = useState<MatchCandidate[]>([]);
  const [existing, setExisting] = useState<Set<string>>(new Set());
  const [report, setReport] = useState<MatchReport | null>(null);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [newDrafts, setNewDrafts] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void client
      .fetch<{ awards: Option[]; standards: Option[] }>(
        '{"awards": *[_type == "award"] | order(name.zh asc) {_id, "label": name.zh}, "standards": *[_type == "standard"] | order(code asc) {_id, "label": code + " " + title.zh}}',
      )
      .then((found) => {
        setAwards(found.awards);
        setStandards(found.standards);
      });
  }, [client]);

  const list: IntakeList | null = useMemo(() => {
    const source = { url: sourceUrl, title: sourceTitle, capturedOn: sourceDate };
    if (!target) return null;
    return kind === 'nomination'
      ? { kind, awardId: target, year: Number(year), outcome, source }
      : { kind, standardId: target, year: year ? Number(year) : undefined, leadFirst, source };
  }, [kind, target, year, outcome, leadFirst, sourceUrl, sourceTitle, sourceDate]);

  const nameOf = useMemo(() => new Map(candidates.map((candidate) => [candidate.id, candidate.name])), [candidates]);
  const entered = user ? enteredStamp(user, todayInBeijing()) : null;
  const plan = report && list && entered ? planIntake(list, report.results, choices, entered, existing) : [];
  const creates = plan.flatMap((entry) => (entry.status === 'create' ? [entry.document] : []));
  const sourceProblem = intakeSourceProblem({ url: sourceUrl, title: sourceTitle, capturedOn: sourceDate });

  const preview = async () => {
    setMessage(null);
    setBusy(true);
    const found = await client.fetch<{ enterprises: (Option & MatchCandidate)[]; ids: string[] }>(
      '{"enterprises": *[_type == "enterprise" && !(_id in path("drafts.**"))]{_id, "id": _id, "name": name.zh, "shortName": shortName.zh, formerNames, uscc}, "ids": *[_type == $type]._id}',
      { type: kind },
      { perspective: 'raw' },
    );
    const enterprises = found.enterprises.map(({ id, name, shortName, formerNames, uscc }) => ({
      id,
      name,
      shortName: shortName ?? undefined,
      formerNames: formerNames ?? undefined,
      uscc: uscc ?? undefined,
    }));
    const matched = matchList(enterprises, parseNameList(text));
    setCandidates(enterprises);
    setExisting(new Set(found.ids));
    setReport(matched);
    setChoices(defaultChoices(matched));
    setNewDrafts(new Set());
    setBusy(false);
  };

  const choose = (position: number, enterpriseId: string) =>
    setChoices((previous) => previous.map((choice) => (choice.position === position ? { ...choice, enterpriseId: enterpriseId || null } : choice)));

  const create = async () => {
    if (!report) return;
    setBusy(true);
    const transaction = client.transaction();
    for (const doc of creates) transaction.createIfNotExists(doc);
    const drafts = report.results.filter((result) => newDrafts.has(result.entry.position));
    for (const result of drafts) transaction.createIfNotExists(enterpriseDraftFor(result.entry.name, `${Date.now().toString(36)}-${result.entry.position}`));
    try {
      await transaction.commit({ visibility: 'sync' });
      setMessage(`已新建 ${creates.length} 条“已录入”记录${drafts.length ? `和 ${drafts.length} 个新企业草稿` : ''}，请另一位同事在“待核验”中核验。`);
      setReport(null);
    } catch (error) {
      setMessage(`未能保存：${error instanceof Error ? error.message : String(error)}`);
    }
    setBusy(false);
  };

  return (
    <Box padding={4} style={{ maxWidth: 1100 }}>
      <Stack gap={4}>
        <Text as="h1" size={3} weight="bold">
          批量录入公示名单或起草单位
        </Text>
        <Flex gap={3} wrap="wrap">
          <Field label="名单类型">
            <Select
              aria-label="名单类型"
              value={kind}
              onChange={(event) => {
                setKind(event.currentTarget.value as typeof kind);
                setTarget('');
                setReport(null);
              }}
            >
              <option value="nomination">奖项公示名单（推荐与结果）</option>
              <option value="participation">标准起草单位（标准参与）</option>
            </Select>
          </Field>
          <Field label={kind === 'nomination' ? '奖项' : '标准'}>
            <Select aria-label={kind === 'nomination' ? '奖项' : '标准'} value={target} onChange={(event) => setTarget(event.currentTarget.value)}>
              <option value="">请选择</option>
              {(kind === 'nomination' ? awards : standards).map((option) => (
                <option key={option._id} value={option._id}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="年份">
            <TextInput aria-label="年份" value={year} inputMode="numeric" onChange={(event) => setYear(event.currentTarget.value)} />
          </Field>
          {kind === 'nomination' ? (
            <Field label="结果">
              <Select aria-label="结果" value={outcome} onChange={(event) => setOutcome(event.currentTarget.value as NominationOutcome)}>
                {valuesOf(NOMINATION_OUTCOMES).map((value) => (
                  <option key={value} value={value}>
                    {NOMINATION_OUTCOMES[value].zh}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Flex align="center" gap={2} as="label">
              <Checkbox checked={leadFirst} onChange={(event) => setLeadFirst(event.currentTarget.checked)} />
              <Text size={1}>第一家为主导/牵头单位</Text>
            </Flex>
          )}
        </Flex>
        <Flex gap={3} wrap="wrap">
          <Box flex={2}>
            <Field label="来源网址">
              <TextInput aria-label="来源网址" value={sourceUrl} placeholder="https://" onChange={(event) => setSourceUrl(event.currentTarget.value)} />
            </Field>
          </Box>
          <Box flex={2}>
            <Field label="来源标题">
              <TextInput aria-label="来源标题" value={sourceTitle} onChange={(event) => setSourceTitle(event.currentTarget.value)} />
            </Field>
          </Box>
          <Box flex={1}>
            <Field label="查阅日期">
              <TextInput aria-label="查阅日期" value={sourceDate} type="date" onChange={(event) => setSourceDate(event.currentTarget.value)} />
            </Field>
          </Box>
        </Flex>
        <Field label="名单（每行一个名称，或从 Excel/PDF 复制的表格，或用“、”分隔）">
          <TextArea aria-label="名单" rows={10} value={text} onChange={(event) => setText(event.currentTarget.value)} />
        </Field>
        <Flex gap={3}>
          <Button text="预览匹配结果" mode="ghost" disabled={busy || !text.trim()} onClick={() => void preview()} />
          <Button
            text={`创建 ${creates.length} 条记录`}
            tone="positive"
            disabled={busy || !report || !list || Boolean(sourceProblem) || (creates.length === 0 && newDrafts.size === 0)}
            onClick={() => void create()}
          />
        </Flex>
        {report && sourceProblem ? (
          <Card tone="caution" padding={3}>
            <Text size={1}>{sourceProblem}</Text>
          </Card>
        ) : null}
        {report && !list ? (
          <Card tone="caution" padding={3}>
            <Text size={1}>请选择{kind === 'nomination' ? '奖项' : '标准'}。</Text>
          </Card>
        ) : null}
        {message ? (
          <Card tone="positive" padding={3} role="status">
            <Text>{message}</Text>
          </Card>
        ) : null}
        {report ? (
          <Card padding={3} border>
            <Stack gap={3}>
              <Text size={1} role="status">
                共 {report.results.length} 个名称：匹配 {report.counts.match}，近似 {report.counts.fuzzy}，多个候选 {report.counts.ambiguous}，未找到{' '}
                {report.counts.miss}。
              </Text>
              <table aria-label="匹配结果" style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
                <thead>
                  <tr>
                    {['序号', '名单中的名称', '结果', '企业', '操作'].map((title) => (
                      <th key={title} style={{ textAlign: 'left', padding: 4, borderBottom: '1px solid #ccc' }}>
                        {title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.results.map((result, index) => {
                    const planned = plan[index];
                    const position = result.entry.position;
                    const choice = choices.find((item) => item.position === position)?.enterpriseId ?? '';
                    const options = result.kind === 'match' ? [result.best] : result.candidates;
                    return (
                      <tr key={position} data-kind={result.kind}>
                        <td style={{ padding: 4 }}>{position}</td>
                        <td style={{ padding: 4 }}>{result.entry.name}</td>
                        <td style={{ padding: 4 }}>{MATCH_KIND_LABELS[result.kind]}</td>
                        <td style={{ padding: 4 }}>
                          {result.kind === 'miss' ? (
                            <label>
                              <input
                                type="checkbox"
                                checked={newDrafts.has(position)}
                                onChange={(event) => {
                                  const checked = event.currentTarget.checked;
                                  setNewDrafts((previous) => {
                                    const next = new Set(previous);
                                    if (checked) next.add(position);
                                    else next.delete(position);
                                    return next;
                                  });
                                }}
                              />{' '}
                              新建企业草稿
                            </label>
                          ) : (
                            <select aria-label={`第 ${position} 行的企业`} value={choice} onChange={(event) => choose(position, event.currentTarget.value)}>
                              <option value="">跳过</option>
                              {options.map((option) => (
                                <option key={option.candidate.id} value={option.candidate.id}>
                                  {nameOf.get(option.candidate.id) ?? option.candidate.name}（{MATCH_VIA_LABELS[option.via]}
                                  {option.via === 'fuzzy' ? ` ${Math.round(option.confidence * 100)}%` : ''}）
                                </option>
                              ))}
                            </select>
                          )}
                          {result.kind === 'match' && result.note ? <div>{result.note}</div> : null}
                        </td>
                        <td style={{ padding: 4 }}>{planned?.status === 'create' ? '新建' : planned?.status === 'exists' ? '已有记录' : planned?.reason}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </Box>
  );
}

/** The tool as the Studio's `tools` option takes it. */
export const intakeTool: Tool = {
  name: 'intake',
  title: '批量录入',
  component: IntakeTool,
};
