"""Issue 15's task sets, each scored as the product is (the loader, then the pipeline):
`vanban extract --jsonl` gives the same figures through the project's scorer.

Every set was annotated by readers who never saw the extractor's output, following
GUIDELINES.md; the documents come from `../shared/corpus`.

- `fixtures/blind_task_set/`: 33 documents (24 bulk, 7 central, 2 pdf) annotated before
  the rules of issue 15 were written. No rule was written from them; they were scored
  once at the end of each round. Task F1 with the rules before issue 15 (commit 55cb919)
  0.6591 (p 0.7945, r 0.5631), deadlines 1.0 of matched tasks; after its first round
  0.7701 (p 0.8571, r 0.699); after its second 0.7853 (p 0.8523, r 0.7282); after its
  third 0.7917 (p 0.8539, r 0.7379); after its fourth 0.7958 (p 0.8636, r 0.7379);
  after its fifth and sixth 0.7979 (p 0.8556, r 0.7476); after its seventh and eighth
  0.8021 (p 0.8652, r 0.7476), unchanged by rounds 9-12; after the thirteenth 0.8103
  (p 0.8587, r 0.767); after the fourteenth 0.8325 (p 0.8723, r 0.7961), unchanged by the
  fifteenth; after the sixteenth 0.8283 (p 0.8632, r 0.7961), unchanged by the seventeenth;
  after the eighteenth 0.8342 (p 0.8646, r 0.8058), unchanged by the nineteenth and the twentieth;
  after the twenty-first 0.8384 (p 0.8737, r 0.8058); after the twenty-second 0.8426 (p 0.883,
  r 0.8058), unchanged by the twenty-third to twenty-sixth; after the twenty-seventh 0.8469 (p 0.8925,
  r 0.8058), unchanged by the twenty-eighth to the thirtieth; after the thirty-first 0.8528
  (p 0.8936, r 0.8155);
  deadlines 1.0 throughout.
- `fixtures/blind_task_set_2/`: 8 central-agency bulk documents (a decree, a Government
  resolution, two circulars, a Government Office letter, two customs rulings and a
  customs letter), annotated during the seventh round and kept out of rounds 7-11: a
  second check of whether the rules carry over. Before the seventh round (commit
  60335f9) 0.4706 (p 0.5, r 0.4444); after the seventh 0.6061 (p 0.6667, r 0.5556);
  unchanged by rounds 8-11; deadlines 1.0 (3 of 3). The twelfth round's rules were
  written from its misses, so it is a tuning set since (an upper bound): 0.8889
  (p 0.8889, r 0.8889) after that round.
- `fixtures/blind_task_set_3/`: 5 bulk documents nobody tuned to (a Ministry of Finance
  fee circular, two People's Council spending resolutions, two provincial decisions
  announcing procedures), annotated by a blind reader for the twelfth round and scored
  before it (commit 0fb5cd2): 1.0 (10 of 10 required tasks, no extra), and 1.0 after
  it. No rule was written from them.
- `fixtures/blind_task_set_6/`: 22 bulk documents no task set held before (Ministry of Finance tax and customs
  letters, a Government Office letter, a circular of each of two ministries, a Prime Minister's decision, provincial
  decisions announcing procedures, repealing or delegating), annotated by six blind readers at the start of the
  seventeenth round, whose rules were never written from them: 0.9367 (p 0.9024, r 0.9737; 38 required tasks),
  deadlines 1.0 (2 of 2), before the round (commit d912572); 0.962 (p 0.9268, r 1.0) after the twenty-seventh, whose
  rule that keeps the written "Công ty" beside the company's name was not written from it either.
- `fixtures/task_tuning_set_24/`: 12 central-government texts from outside the shared corpus
  (`fixtures/central_texts/` ext_102-ext_113, SOURCES.md: six decrees and six circulars of 2022 and
  2026, two of them amending), annotated by three blind readers after the twentieth round's rules
  were written and scored fresh: 0.696 (p 0.8208, r 0.6042; 144 required tasks), deadlines 1.0 (5
  of 5) with the rules before the round (commit 4d88368); 0.6932 (p 0.8131) with them, one extra: a
  bare head before a lead duty past an opener ("..., cơ quan chủ trì thực hiện kế hoạch ... xây
  dựng dự toán ...") read as a subject. That one rule was then mended from it (an upper bound
  since): 0.696; and an article titled with a whole ministry's name ("Điều 10. Trách nhiệm của Bộ
  Công an" / "Chủ trì, phối hợp ...") now ends its title on its line: 0.704 (p 0.8302, r 0.6111).
  The twenty-first round's rules, three of them written from its amending circular (an item's own
  subject after its time, a scope's name up to "nơi", the article an amending title quotes):
  0.7597 (p 0.8596, r 0.6806).
  Most of its misses are an amending circular's procedure (ext_112: 22 of 56) and the amended
  articles of a decree whose headings stand in the text it amends (ext_104: 10).
- `fixtures/task_tuning_set_25/`: 12 texts from outside the shared corpus (`fixtures/central_texts/`
  ext_114-ext_125, SOURCES.md: two local decisions, a ministry's letter, four decrees and five
  circulars, three of them amending), collected and annotated by four blind helpers during the
  twenty-first round and scored fresh: 0.731 (p 0.7862, r 0.6831; 183 required tasks), deadlines
  10 of 15, with the rules before the round (commit 7d6a882); 0.7353 (p 0.7962) with the round's
  rules written before it. Seven rules were then written from it (an upper bound since): a body the
  text sets up named as far as the text calls it again, a label whose text opens with a time
  before its responsibility or its own name again, a lead-in that guides a body, a bare head named
  by what it does up to the catch-all verb ending its heading, "thư ký" a noun, a label listing
  members no role, "Nhiệm vụ của <role>" a heading of duties: 0.8284 (p 0.9032, r 0.765).
- `fixtures/task_tuning_set_26/`: 12 more texts from outside the shared corpus (`fixtures/central_texts/`
  ext_126-ext_137, SOURCES.md: four letters of Tổng cục Thuế and Bộ LĐTBXH, three of them OCR of
  scans, a Tổng cục Thuế Quy chế, a Tuyên Quang decision, a decree and five circulars), collected
  and annotated by four blind helpers after the rules from the twenty-fifth set and scored fresh:
  0.6727 (p 0.74, r 0.6167; 120 required tasks), deadlines 11 of 15, with the rules before the
  round (commit 7d6a882); 0.6941 (p 0.7677, r 0.6333), deadlines 12 of 16, with the round's rules.
  Two rules were then written from it (an upper bound since): a scan's "Kính gửi:" misread whole
  or lost ("Site gửi:") still opens the recipients, and a short name of the one recipient ("Cục
  Thuế") takes its entry's qualifier: 0.7713 (p 0.835, r 0.7167), deadlines 13 of 17; then "có thẩm
  quyền" and what it is for read as part of a name a duty follows, "Đối với <a thing>" as a topic
  and a clause's title ended on its line before "Hằng năm, ...": 0.8072 (p 0.8738, r 0.75).
- `fixtures/task_tuning_set_27/`: 4 more texts (`fixtures/central_texts/` ext_138-ext_141, SOURCES.md:
  OCR of three Bộ Tài chính / Tổng cục Thuế letters and a Bộ Tài chính Thông báo kết luận, one
  Tổng cục Hải quan letter among them), collected and annotated by two blind helpers at the end of
  the twenty-first round and scored fresh: 0.4186 (p 0.6, r 0.3214; 28 required tasks) with the
  rules before the round (commit 7d6a882), 0.4091 (p 0.5625) with them: one more extra, a quoted
  rule of a scanned circular ("Người nộp thuế ... phải ..."). Most of its misses are one Thông báo
  kết luận whose items name no one: its copy list sends it "(để thực hiện)" to those who do them.
  Twenty-second round (an upper bound since): the copies it sends to act on own the work its sections list naming
  no one: 0.7586 (p 0.7333, r 0.7857), deadlines 1 of 2; with the round's later rules (a paper is no
  one who acts) 0.7719.
- `fixtures/task_tuning_set_28/`: 12 local-government texts from outside the shared corpus (`fixtures/central_texts/`
  ext_142-ext_153, SOURCES.md: three kế hoạch, five công văn and four quyết định of UBND tỉnh Lào Cai, Ninh Bình,
  Huế and a Sở Công Thương, one with its attached Quy chế), collected and annotated by four blind helpers during the
  twenty-second round and scored fresh: 0.7805 (p 0.9231, r 0.6761; 284 required tasks), deadlines 18 of 20, both with
  the rules before the round (commit 8d330cb) and with the round's rules written before it. Its readers marked the
  measures of a plan's "Nhiệm vụ và giải pháp" that name no one as the issuer's own tasks (implicit), which the readers
  of the earlier sets did not (see the README's twenty-second round). With the round's later rules, among them
  "Đăng ký" inside a name ("Văn phòng Đăng ký đất đai"), which it shows too: 0.7846; with those written
  from it: 0.8436 (p 0.9638, r 0.75), deadlines 19 of 23. The twenty-third round's rules written from it (a periodic
  lead-in's items recur; a body said what it is before its responsibility; holders joined by "và" before a capital):
  0.8481 (p 0.9641, r 0.757), deadlines 23 of 23. The twenty-fourth round's first rule (a plan's measures that name
  no one are the issuer's own tasks, as its readers marked them): 0.9391 (p 0.9562, r 0.9225), deadlines 23 of 23.
- `fixtures/task_tuning_set_29/`: 9 documents no task set held (`fixtures/central_texts/` ext_154, SOURCES.md: a
  provincial People's Council's budget resolution, the one text a collector could find outside the shared corpus; and
  eight bulk documents: four provincial decisions announcing procedures, two with their duties for the Sở and the
  xã, a Government resolution, a ministry's repealing circular, a city's amending decision), annotated by three blind
  readers at the start of the twenty-third round and scored fresh: 0.9688 (p 1.0, r 0.9394; 33 required tasks),
  deadlines 1.0 (1 of 1), both with the rules before the round (commit e600d83) and with the round's rules. Its two
  misses are a resolution's measures that name no one, which its reader gave the People's Committee (implicit).
- `fixtures/task_tuning_set_30/`: the last 7 bulk documents no task set held (two provincial decisions announcing
  procedures, a city's decision handing powers to a Sở, a province's decision on boarding pupils' supplies, a customs
  ruling to a company, a Prime Minister's công điện on cutting procedures, a city council's resolution on old
  buildings), annotated by two blind readers at the start of the twenty-fifth round and scored fresh: 0.9643 (p 0.9818,
  r 0.9474; 57 required tasks), deadlines 11 of 15, both with the rules before the round (commit 16636e8) and with the
  round's first rules. The round's later rules were written from it (an upper bound since): a lead-in that dates the
  work it details dates its items ("..., hoàn thành trong tháng 11 năm 2025, cụ thể:"), items that only share a
  lead-in's work out leave it the task, a person named by what they own past a time opener, a scope up to its colon
  past a long exception: 0.9913 (p 0.9828, r 1.0), deadlines 15 of 15.
- `fixtures/task_tuning_set_23/`: 4 texts from outside the shared corpus (`fixtures/central_texts/`
  ext_98-ext_101, SOURCES.md: a Sơn La decision issuing a plan for protecting state secrets, a Hồ
  Chí Minh City decision issuing a Quy chế on benefit funds, a Sở Lao động - Thương binh và Xã hội
  letter to employers and management boards, and a General Department of Taxation task letter (OCR)),
  all two collectors could find at the start of the twentieth round, annotated by two blind readers
  and scored fresh: 0.8148 (p 0.9167, r 0.7333; 90 required tasks), deadlines 0.9412 (16 of 17) with
  the rules before the round (commit 4d88368), the same after its first rule. The round's later rules
  were written from its misses (an upper bound): 0.907 (p 0.9512, r 0.8667), deadlines 0.9524 (20 of
  21). What it still misses: a plan's items that name no one (its reader made them required, the dev
  gold optional), one item's three ";" clauses its reader split by their deadlines, "Mở sổ ..." under
  "Chỉ đạo cán bộ ...:" (a lead-in read as a whole duty with details).
- `fixtures/task_tuning_set_22/`: 3 texts from outside the shared corpus (`fixtures/central_texts/`
  ext_95-ext_97, SOURCES.md: a provincial People's Committee's decision issuing an action programme
  whose items name their lead and partner bodies, and two task letters of the General Department of
  Taxation, OCR of scans), all a collector could find at the start of the eighteenth round, annotated
  by two blind readers and scored fresh (`blind_task_set_10` then): 0.4928 (p 0.5312, r 0.4595; 37
  required tasks), deadlines 0.9 (9 of 10) with the rules before the round (commit 77da796); 0.5152
  (p 0.5862, r 0.4595) after its first two rules, whose copy-list label read off a scan took three
  extras out. The round's later rules were written from its misses (an upper bound since): 0.8267
  (p 0.8158, r 0.8378), deadlines 0.9412 (16 of 17) after them; 0.9333 (p 0.9211, r 0.9459), deadlines
  0.8889 (16 of 18) after the twentieth round's first rule, written from its two tax letters (a name
  short of its recipient entry's qualifier).
- `fixtures/task_tuning_set_21/`: 10 central-government texts from outside the shared corpus
  (`fixtures/central_texts/` ext_85-ext_94, SOURCES.md: three decrees, four circulars, a
  Government resolution (OCR), a ministry's decision and a central agency's letter),
  annotated by six blind readers at the end of the seventeenth round and scored fresh
  (`blind_task_set_9` then): 0.5247 (p 0.787, r 0.3935; 216 required tasks), deadlines 0.75
  (6 of 8), the same with the rules before the round (commit d912572) and after its first
  five parts: they carried nothing over. One circular listing a department's functions and
  tasks (ext_88, 84 required tasks) held 83 of the 131 misses. The round's sixth part was
  written from its misses (an upper bound since): 0.8321, deadlines 0.75 (9 of 12) after it.
- `fixtures/task_tuning_set_20/`: 12 central-government texts from outside the shared corpus
  (`fixtures/central_texts/` ext_73-ext_84, SOURCES.md: a Prime Minister's directive and
  decision, a Government Office notice, two Government resolutions, three decrees, two
  circulars, two letters of the General Department of Taxation; five are OCR of scans),
  annotated by six blind readers near the end of the seventeenth round and scored fresh
  (`blind_task_set_8` then): 0.7031 (p 0.6888, r 0.7181; 188 required tasks), deadlines
  0.8621 (25 of 29) with the rules before the round (commit d912572); 0.705 (p 0.6923,
  r 0.7181) after its first four parts: one extra fewer, nothing else carried over. The
  round's fifth part was written from its misses (an upper bound since): 0.7937, deadlines
  0.8485 (28 of 33) after it.
- `fixtures/task_tuning_set_19/`: 12 central-government texts from outside the shared corpus
  (`fixtures/central_texts/` ext_61-ext_72, SOURCES.md: two ministries' letters, a central agency's
  decision, two Government resolutions, four decrees, three circulars), annotated by six blind
  readers during the seventeenth round and scored fresh (`blind_task_set_7` then): 0.5875
  (p 0.6528, r 0.5341; 88 required tasks), deadlines 1.0 (3 of 3), both before the round
  (commit d912572) and after its first two parts, which carried nothing over to them. The
  round's later parts were written from its misses (upper bounds since): 0.7485 after it.
- `fixtures/task_tuning_set_18/`: 12 central-government texts from outside the shared corpus
  (`fixtures/central_texts/` ext_49-ext_60, SOURCES.md: a Prime Minister's decision approving
  a programme, four Government resolutions, three decrees, four circulars), annotated by six
  blind readers at the end of the sixteenth round and scored fresh as a blind set
  (`blind_task_set_5` then): 0.6231 (p 0.6639, r 0.587), deadlines 0.4167 (5 of 12) with the
  rules before that round (commit bfbf793); 0.6515 (p 0.6825, r 0.6232), deadlines 0.4615
  (6 of 13) after it. The seventeenth round's rules were written from its misses (upper
  bounds since). Thirteen of its anchors copied the item's number or letter ("1. Ủy ban nhân
  dân cấp tỉnh trình ...", "b) Soạn thảo ..."), which no task's text holds and GUIDELINES.md
  does not ask for; they were cut to the item's words (two more in sets 10 and 16 too): 0.6894
  (p 0.7222, r 0.6594), deadlines 0.5 (7 of 14) before the round with the anchors mended;
  0.8162, deadlines 0.7857 (11 of 14) after it.
- `fixtures/task_tuning_set_15/`, `_16/` and `_17/`: 12 central texts each (ext_13-ext_24,
  ext_25-ext_36, ext_37-ext_48), annotated by six blind readers each and scored fresh as
  blind sets before the rules of the sixteenth round's next part were written from them:
  0.6302 (the same before and after the round's first part), 0.6746 (0.6766 before the
  round) and 0.6769 (0.5606 before the round: the third part carried over); tuned on since
  (upper bounds): 0.9215, 0.8261 and 0.7673.
- `fixtures/blind_task_set_4/`: 13 documents nobody tuned to, annotated by two blind
  readers after the thirteenth round: twelve bulk decisions (repeals, a delegation,
  procedure announcements, a fire-safety regulation) and the 1999 scan pd_001 read
  through OCR (its readers annotated the loader's OCR text). Scored once, after the
  thirteenth round (commit c2fda95): 0.5714 (p 0.6667, r 0.5; 8 required tasks, 6 of them
  the scan's), deadlines 1.0 (1 of 1); by source, the bulk decisions 1.0 (2 of 2, no
  extra), the scan 0.5 (2 of 6, 2 extra). No rule was written from them.
- `fixtures/task_tuning_set/`: 21 documents (19 bulk, central ce_003 and ce_008). The
  second round's rules were written from its misses, so its figure is an upper bound:
  0.8603 (p 0.9167, r 0.8105), deadlines 0.9375, before that round; 0.9843 (p 0.9792,
  r 0.9895), deadlines 1.0, after it.
- `fixtures/task_tuning_set_3/`: 13 documents (12 bulk rich in duties, central ce_009).
  The third round's rules were written from its misses (an upper bound): 0.7961
  (p 0.7736, r 0.82), deadlines 0.5, before that round; 0.9709 (p 0.9434, r 1.0),
  deadlines 0.875 after it (7 of 8: "quyết định bảng giá đất, công bố và áp dụng từ
  ngày 01 tháng 01 năm 2026" is read with no date); after the fourth round 0.9901
  (p 0.9804, r 1.0), deadlines 1.0 ("áp dụng từ ngày ..." now dates the duty).
- `fixtures/task_tuning_set_4/`: 28 bulk documents (the fourth round's tune4, tune5 and
  tune6: letters nobody tuned to, then eight rich in duties). The fourth round's rules
  were written from its misses (an upper bound): 0.8947 (p 0.8947, r 0.8947),
  deadlines 0.8571 (6 of 7), before that round (commit c0c27dd; tune4 0.8276, tune5
  0.9189, tune6 0.9167); 1.0 (p 1.0, r 1.0), deadlines 1.0 after it. The first
  set's figure moved to 0.9895 (p 0.9895, r 0.9895) with the fourth round.
- `fixtures/task_tuning_set_5/`: 8 documents, the fifth round's tune7: three long central
  texts (ce_002, ce_010, ce_012: a fund's decision, a decree on talent in the army, one on
  inspection in the police) and five scanned Quảng Ngãi directives read through OCR
  (pd_002, pd_003, pd_008, pd_011, pd_012; about 20 s of the test's time). The fifth
  round's rules were written from its misses (an upper bound): 0.7431 (p 0.7642,
  r 0.7231), deadlines 0.9 (9 of 10), before that round (commit 749c428; central 0.6613,
  pdf 0.8217); 0.9288 (p 0.9051, r 0.9538) after it (central 0.9051, pdf 0.9538),
  deadlines 0.75 (12 of 16: four more matched tasks whose gold wants a yearly
  recurrence, read from their article or an OCR'd "hằng tháng", are read with none).
- `fixtures/task_tuning_set_6/`: 2 central documents (tune8: ce_006, a joint resolution
  on nominating candidates; ce_014, a joint circular amending another). The sixth
  round's rules were written from its misses (an upper bound): 0.338 (p 0.8, r 0.2143),
  deadlines 0.75 (3 of 4), before that round (commit fc838c9); 0.7174 (p 0.9167,
  r 0.5893), deadlines 0.8571 (6 of 7) after it. The other sets did not move.
  With the fifth and sixth rounds' rules together (written apart, merged): set 5 0.9254
  (p 0.8986, r 0.9538), set 6 0.7097 (p 0.8919, r 0.5893); the blind set 0.7979
  (p 0.8556, r 0.7476), deadlines 1.0. After the seventh round (quotations an amending
  lead-in enacts read as the text itself; subjects found by their position before a
  responsibility, after a time, before the verb of a heading over duties; a level word's
  complement): 0.9038 (p 0.9792, r 0.8393), deadlines 0.8571 (6 of 7); the other tuning
  sets did not move.
- `fixtures/task_tuning_set_7/`: 10 central-government bulk documents (three Government
  resolutions NQ-CP, three Prime Minister's decisions, a Ministry of Health decision, two
  circulars, among them one on a fee, and a news item carrying a decision); its gold dates
  no task, so no deadline is checked. The seventh round's rules were written from its
  misses (an upper bound): 0.7368 (p 0.9333, r 0.6087) before that round (commit
  5e7aa4f); 0.9778 (p 1.0, r 0.9565) after it. Its one miss, the fee payer's lead-in
  "Người nộp lệ phí thực hiện nộp lệ phí ... bằng một trong các hình thức sau:", is
  left out on purpose: set 4's readers judged the same sentence of another fee circular
  (bk_39db3d8c3cc4) no task. The other sets did not move.
- `fixtures/task_tuning_set_8/`: 12 bulk documents (five People's Council resolutions
  NQ-HĐND, six tax and customs department letters to one company or one local office, a
  Hà Nội public service centre's decision). Scored before the eighth round (commit
  d4e5583, after the seventh): 0.8261 (p 0.8261, r 0.8261), deadlines 1.0 (1 of 1), a
  fresh set's figure of rules never tuned to it. The eighth round's rules were written
  from its misses (an upper bound): 1.0 (p 1.0, r 1.0), deadlines 1.0 after it ("Đề
  nghị Công ty ..." is the one Kính gửi entry "Công ty" heads; "Căn cứ ... để quyết định
  ..." a further duty of the item's assignee; a name stops where the next recital opens,
  "...; Xét Tờ trình ..."). The other sets did not move.
- `fixtures/task_tuning_set_9/`: 9 scanned signed PDFs of `../shared/corpus/pdf` read
  through OCR (pd_004, pd_005, pd_006, pd_009, pd_010, pd_014, pd_015, pd_016, pd_017:
  Quảng Ngãi letters, a monthly report, a submission, four Prime Minister's decisions),
  annotated by a blind reader on their OCR'd text. Scored before the ninth round (commit
  d552fe8, after the eighth): 0.7407 (p 0.7692, r 0.7143), a fresh set's figure of rules
  never tuned to it. The ninth round's rules were written from its misses (an upper
  bound): 0.9655 (p 0.9333, r 1.0), deadlines 1.0 (4 of 4) after it (a report's part
  heading whose stop the scan lost, "II NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2025", holds
  the issuer's tasks, due by the period it names; "Cơ quan thẩm định: Bộ Xây dựng."
  designates the body after the colon). Its one extra, "Cơ quan tổ chức lập quy hoạch:
  Ban quản lý Khu kinh tế cửa khâu ...", is the optional role read with the scan's
  "khâu" for "khẩu". The other sets did not move.
- `fixtures/task_tuning_set_10/`: 1 central document (ce_016, Thông tư 66/2024/TT-BCA on
  driver training, testing and licences in the police; 130 required duties of a
  regulation, 44 optional), annotated by two blind readers. Scored before the tenth round
  (commit 767747b): 0.4921 (p 0.7705, r 0.3615), deadlines 0.6667 (2 of 3), a fresh
  set's figure of rules never tuned to it. The tenth round's rules were written from its
  misses (an upper bound): 0.7054 (p 0.8404, r 0.6077), deadlines 0.6667 (2 of 3) after
  it (a procedure's step after its time limit, whatever its verb; the role a
  "Trách nhiệm của ..." article names, unknown to the lexicon). The other sets did not move.
  After the eleventh round: 0.7848 (p 0.8692, r 0.7154), deadlines 0.75 (3 of 4) (the
  role a "Trách nhiệm của ..." article names is one of the document's roles, its subject
  after an opening clause too, "Kết thúc khóa học, cơ sở đào tạo lái xe tổ chức ...";
  a name read into such a role runs to its end, "Người đứng đầu cơ sở đào tạo lái xe").
  The other sets did not move. After the twelfth round: 0.8186 (p 0.9065, r 0.7462),
  deadlines 0.75 (a qualified name runs to its responsibility, "Cơ quan quản lý đào tạo,
  sát hạch, cấp Giấy phép lái xe có trách nhiệm ..."; a lead-in that lists papers, "...,
  gồm các tài liệu sau:", is the task and its items are not).
- `fixtures/task_tuning_set_11/`: 1 central-government bulk document (bk_2edf5927c71b,
  Quyết định 2629/QĐ-TTg approving the digital government programme: its implementing
  section, a targets appendix and a task table of 75 rows whose task text repeats the
  body's section III), annotated by two blind readers; each repeated row is gold once.
  Scored before the twelfth round (commit 0fb5cd2): 0.9659 (p 0.9551, r 0.977),
  deadlines 0.987 (76 of 77), a fresh set's figure. After it (its four misses written
  into rules: a lead cell's bodies before their unit in brackets or their share after
  "với"; work an agent assigned, "nhiệm vụ Chính phủ giao cho ...", described, not
  assigned): 1.0, deadlines 0.9873 (78 of 79: "trước ngày 30 tháng 01 của năm tiếp
  theo" after a yearly report is read as one date, its gold calls it recurring).

- `fixtures/task_tuning_set_12/`: the 8 pre-2010 originals of `../shared/corpus/legacy`
  (TCVN3/VNI .doc, .rtf and .pdf, read by the loader as `vanban extract` reads them;
  their readers annotated the Unicode transcripts): a city's administrative-reform
  programme (2004), a provincial investment regulation (2002), two Ministry of Finance
  texts (2001, 2002), an industry report (2007, no task), a forest-plan decision (2008),
  a regulation of an inspection team (2006) and internal spending rules (2006). Each
  gold file names its folder ("legacy"). After annotation the programme's 51 items that
  name no one were made optional, as the dev gold marks a plan's unnamed items (a
  report's forward tasks stay required). Scored before the thirteenth round (commit
  f5142e8): 0.1627 (p 0.3953, r 0.1024) as annotated, 0.2152 (p 0.3953, r 0.1478) after
  that normalisation, a fresh set's figure: older texts' shapes were unknown to the
  rules. The thirteenth round's rules were written from its misses (an upper bound):
  0.6091 (p 0.7317, r 0.5217), deadlines 0.75 (9 of 12) after it ("&" inside a name; a
  team, "Đội", is a body; a lead-in that ends "... có nhiệm vụ sau." with a stop; a scope
  heading of any one to three nouns of duties and powers, "Trách nhiệm, quyền hạn của
  Đội trưởng."; an article titled "Đối với Văn phòng :" names who acts in an attached
  regulation; a programme attached after the signature gives the duties its items own
  in words, "Sở Tài chính chủ trì ...", and a heading over duties its subject; "I-"
  marks a part; "chịu sự" ends a name; an article's title alone on its line, "Điều 33.
  Sở Kế hoạch và Đầu tư", is its heading; the items of a lead field, "- Cơ quan chủ
  trì:" / "+ Sở Nội vụ thực hiện ...", name their lead bodies). What it still misses: a
  block whose title is a noun phrase, its lead on a field line ("2.1. Cải cách thể chế
  hành chính :" / "- Cơ quan chủ trì: Sở Tư pháp."). A lead-in in the issuer's own
  voice over parts that are not actions ("Bộ Tài chính hướng dẫn bổ sung ... như sau:")
  names no one for its items. The other sets did not move.

The fourteenth round's rules (tests/test_task_structure_14.py) were written from misses
of the tenth, sixth and twelfth sets and of `bulk_task_gold`: set 10 0.8487 (p 0.9352,
r 0.7769), set 6 0.9143 (p 0.9796, r 0.8571), deadlines 0.875 (7 of 8), set 5 0.9288
(p 0.9051, r 0.9538), set 12 0.6364 (p 0.759, r 0.5478), deadlines 0.7857 (11 of 14);
the other sets did not move.

- `fixtures/task_tuning_set_13/`: 23 bulk documents nobody had tuned to (the unused ones:
  procedure announcements, two Prime Minister's công điện and a Ministry's task letter as
  news pages, a People's Council fee resolution, and bk_646f0a00d417, Quyết định
  2530/QĐ-TTg's national air-quality plan with its 103 duties and two task tables),
  annotated by nine blind readers for the fifteenth round. Scored before that round
  (commit a4403d1): 0.8219 (p 0.9091, r 0.75), deadlines 0.7222 (13 of 18); the 22
  documents without the plan 0.8973 (p 0.9432, r 0.8557). The fifteenth round's rules
  were written from its misses (an upper bound): 0.9189 (p 0.9034, r 0.935), deadlines
  0.75 (15 of 20: the plan's "trước năm 2030" its reader dated 2029-12-31, two rows'
  years the table gives as a span). The eighteenth round reads "trước năm X" as the end
  of the year before X: deadlines 0.85 (17 of 20).
- `fixtures/task_tuning_set_14/`: 12 central-government texts from outside the shared
  corpus (`fixtures/central_texts/`, SOURCES.md: four decrees, three circulars, two Prime
  Minister's decisions and a directive, two Government resolutions), annotated by six
  blind readers; a plan's 32 items that name no one were made optional, as the dev gold
  marks them. Scored before any rule was written from it (after the round's first
  rules, commit 3294a05): 0.6585 (p 0.766, r 0.5775), deadlines 0.9091 (20 of 22). The
  round's later rules were written from its misses (an upper bound): 0.7727 (p 0.8242,
  r 0.7273), deadlines 0.913 (21 of 23). The sixteenth round's rules were written from
  its misses too: 0.8301 (p 0.8663, r 0.7968), deadlines 0.875 (21 of 24). What it still
  misses: procedure steps after a lower-case or time-led subject ("..., cơ quan bảo hiểm
  xã hội chi trả ..."), names a lower-case qualifier cuts ("..., các bệnh viện từ hạng II
  trở lên phải bảo đảm ..."), long lists of office holders before one responsibility.

Each minimum is the measured figure less a small margin for rule changes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from scoring import task_figures

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize("folder, documents, min_f1, min_deadlines", [
    ("blind_task_set", 33, 0.85, 0.9),  # measured 0.8528 (issue 15's target 0.85), deadlines 1.0
    ("blind_task_set_2", 8, 0.85, 0.9),  # measured 0.8889 (tuned on in round 12), deadlines 1.0
    ("blind_task_set_3", 5, 0.95, None),  # measured 1.0; no gold task is dated
    ("blind_task_set_4", 13, 0.5, 0.9),  # measured 0.5714, deadlines 1.0 (1 of 1)
    ("blind_task_set_6", 22, 0.9, 0.9),  # measured 0.962, deadlines 1.0 (2 of 2)
    ("task_tuning_set", 21, 0.95, 0.9),  # measured 0.9947, deadlines 1.0
    ("task_tuning_set_3", 13, 0.95, 0.95),  # measured 0.9804, deadlines 1.0
    ("task_tuning_set_4", 28, 0.97, 0.95),  # measured 1.0, deadlines 1.0
    ("task_tuning_set_5", 8, 0.9, 0.7),  # measured 0.9438, deadlines 0.75
    ("task_tuning_set_6", 2, 0.9, 0.8),  # measured 0.9725, deadlines 0.8182 (9 of 11)
    ("task_tuning_set_7", 10, 0.95, None),  # measured 0.9778; no gold task is dated
    ("task_tuning_set_8", 12, 0.98, 0.9),  # measured 1.0, deadlines 1.0 (1 of 1)
    ("task_tuning_set_9", 9, 0.94, 0.95),  # measured 0.9655, deadlines 1.0 (4 of 4)
    ("task_tuning_set_10", 1, 0.83, 0.72),  # measured 0.8954, deadlines 0.75 (3 of 4)
    ("task_tuning_set_11", 1, 0.97, 0.95),  # measured 1.0, deadlines 0.9873 (78 of 79)
    ("task_tuning_set_12", 8, 0.7, 0.7),  # measured 0.7692, deadlines 0.7222 (13 of 18)
    ("task_tuning_set_13", 23, 0.91, 0.8),  # measured 0.9463, deadlines 0.8571 (18 of 21)
    ("task_tuning_set_14", 12, 0.81, 0.85),  # measured 0.8611, deadlines 0.8571 (24 of 28)
    ("task_tuning_set_15", 12, 0.9, 0.95),  # measured 0.9377, deadlines 1.0 (28 of 28)
    ("task_tuning_set_16", 12, 0.84, 0.85),  # measured 0.8883, deadlines 0.9545 (21 of 22)
    ("task_tuning_set_17", 12, 0.8, 0.8),  # measured 0.8538, deadlines 0.88 (22 of 25)
    ("task_tuning_set_18", 12, 0.8, 0.75),  # measured 0.8539, deadlines 0.7857 (11 of 14)
    ("task_tuning_set_19", 12, 0.78, 0.9),  # measured 0.8313, deadlines 1.0 (5 of 5)
    ("task_tuning_set_20", 12, 0.78, 0.8),  # measured 0.8533, deadlines 0.8529 (29 of 34)
    ("task_tuning_set_21", 10, 0.84, 0.7),  # measured 0.8916, deadlines 0.7692 (10 of 13)
    ("task_tuning_set_22", 3, 0.9, 0.85),  # measured 0.9333 (tuned on), deadlines 0.8889 (16 of 18)
    ("task_tuning_set_23", 4, 0.87, 0.95),  # measured 0.907 (tuned on), deadlines 1.0 (21 of 21)
    ("task_tuning_set_24", 12, 0.74, 0.9),  # measured 0.8203 (tuned on since), deadlines 1.0 (6 of 6)
    ("task_tuning_set_25", 12, 0.79, 0.7),  # measured 0.8487 (tuned on since), deadlines 0.7222 (13 of 18)
    ("task_tuning_set_26", 12, 0.77, 0.7),  # measured 0.8304 (tuned on since), deadlines 0.875 (14 of 16)
    ("task_tuning_set_27", 4, 0.72, 0.4),  # measured 0.7719 (tuned on in round 22), deadlines 0.5 (1 of 2)
    ("task_tuning_set_29", 9, 0.93, 0.9),  # measured 0.9688 (fresh), deadlines 1.0 (1 of 1)
    ("task_tuning_set_28", 12, 0.9, 0.95),  # measured 0.9441 (fresh 0.7805; tuned on since), deadlines 1.0 (23 of 23)
    ("task_tuning_set_30", 7, 0.95, 0.9),  # measured 0.9913 (fresh 0.9643; tuned on since), deadlines 1.0 (15 of 15)
])
def test_task_set(folder: str, documents: int, min_f1: float, min_deadlines: float | None):
    gold = FIXTURES / folder
    assert len(list(gold.glob("*.json"))) == documents
    figures = task_figures(gold)
    assert figures.f1 >= min_f1, figures
    assert not figures.dated or figures.deadlines >= min_deadlines, figures
