"""Writes case_scenarios.json. The expected deadlines are derived by hand from the rules of docs/sla.md and docs/calendars.md
(see each scenario's notes), not computed by the library."""
import json
import os
NAT={"role":"national_admin"}; REP={"role":"reporter"}; SYS={"role":"system"}
def adm(a): return {"role":"agency_admin","agency":a}
def lia(a): return {"role":"liaison_officer","agency":a}
def ag(a): return {"agency":a}
REPORT={"kind":"complaint","title":"Obat kosong di puskesmas","body":"Sudah dua minggu obat hipertensi kosong.","incident_date":"2026-03-10","channel":"android","location":{"region":"64.74.01"}}
def submit(at, actor=REP, report=REPORT): return {"at":at,"actor":actor,"command":{"command":"submit","report":report}}
def cmd(at, actor, c, **kw):
    d={"command":c}; d.update(kw); return {"at":at,"actor":actor,"command":d}
def exp(step, **kw): step["expect"]=kw; return step
def err(step, code): step["error"]=code; return step
def sla(**m): return m
def M(state, due=None, resp=None):
    d={"state":state}
    if due: d["due"]=due
    if resp: d["responsible"]=resp
    return d
agencies=[
 {"id":"kemenpanrb","name":"KemenPANRB","level":"national"},
 {"id":"pemkot","name":"Pemerintah Kota Bontang","level":"regency","parent":"kemenpanrb","regions":["64.74"]},
 {"id":"dinkes","name":"Dinas Kesehatan Kota Bontang","level":"opd","parent":"pemkot"},
 {"id":"puskesmas","name":"Puskesmas Bontang Utara","level":"unit","parent":"dinkes"},
 {"id":"dpupr","name":"Dinas PUPR Kota Bontang","level":"opd","parent":"pemkot"},
 {"id":"kemenkes","name":"Kementerian Kesehatan","level":"ministry","parent":"kemenpanrb"},
 {"id":"pemkot-jayapura","name":"Pemerintah Kota Jayapura","level":"regency","parent":"kemenpanrb","regions":["91.71"]},
]
S=[]
# Deadlines (hand-derived): 2026-03-18..24 are holidays or cuti bersama (Wed 18 cb, Thu 19 Nyepi,
# Fri 20 cb, Sat 21 + Sun 22 Idul Fitri, Mon 23 + Tue 24 cb); 3 Apr (Good Friday), 5 Apr (Easter).
S.append({"name":"idul_fitri_happy_path","notes":"Verification 3 wd after Mon 16 Mar (WIB): 17, 25, 26 -> Fri 27 00:00 WIB = 26 Mar 17:00Z. First follow-up/completion 5 wd after Tue 17 Mar (WITA): 25, 26, 27, 30, 31 -> 1 Apr 00:00 WITA = 31 Mar 16:00Z. Reply window 10 wd after Thu 26 Mar: 27, 30, 31, 1, 2, 6, 7, 8, 9, 10 Apr -> 10 Apr 16:00Z; reopen window from the resolution on 26 Mar: same. The reopen (Fri 10 Apr 23:00 WITA) leaves the first completion met and starts a second: 5 wd after Fri 10 Apr: 13, 14, 15, 16, 17 -> 18 Apr 00:00 WITA = 17 Apr 16:00Z.",
 "steps":[
  exp(submit("2026-03-16T02:00:00Z"), status="submitted", holder="national_admin", sla=sla(verification=M("running","2026-03-26T17:00:00Z"))),
  exp(cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"), status="disposed", holder=ag("dinkes"), sla=sla(verification=M("met"), first_follow_up=M("running","2026-03-31T16:00:00Z"), completion=M("running","2026-03-31T16:00:00Z"))),
  exp(cmd("2026-03-17T03:00:00Z",adm("dinkes"),"sub_dispose",unit="puskesmas"), status="disposed", holder=ag("puskesmas")),
  exp(cmd("2026-03-25T03:00:00Z",lia("puskesmas"),"follow_up",text="Obat sudah dipesan."), status="in_progress", holder=ag("puskesmas"), sla=sla(first_follow_up=M("met"), reply_window=M("running","2026-04-09T16:00:00Z"))),
  exp(cmd("2026-03-25T04:00:00Z",REP,"reply",text="Terima kasih, kapan datang?"), status="in_progress", sla=sla(reply_window=M("met"))),
  exp(cmd("2026-03-26T03:00:00Z",lia("puskesmas"),"follow_up",text="Obat tiba Jumat."), status="in_progress", sla=sla(reply_window=M("running","2026-04-10T16:00:00Z"))),
  exp(cmd("2026-03-26T05:00:00Z",adm("dinkes"),"close"), status="resolved", holder=ag("puskesmas"), sla=sla(completion=M("met"), reply_window=M("met"))),
  err(cmd("2026-04-10T16:00:00Z",REP,"reopen"), "window_closed"),
  exp(cmd("2026-04-10T15:00:00Z",REP,"reopen"), status="in_progress", holder=ag("puskesmas"), sla=sla(completion=M("met","2026-03-31T16:00:00Z"), **{"completion#2":M("running","2026-04-17T16:00:00Z", ag("puskesmas"))})),
 ]})
S.append({"name":"auto_close_across_holiday_week","notes":"Follow-up Wed 25 Mar 11:00 WITA; 10 wd: 26, 27, 30, 31 Mar, 1, 2, 6, 7, 8, 9 Apr -> 10 Apr 00:00 WITA = 9 Apr 16:00Z. Completion breached 31 Mar 16:00Z, escalated to the parent (pemkot).",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"),
  exp(cmd("2026-03-25T03:00:00Z",adm("dinkes"),"follow_up",text="Sedang diproses."), status="in_progress", sla=sla(reply_window=M("running","2026-04-09T16:00:00Z"))),
  err(cmd("2026-04-09T15:00:00Z",SYS,"auto_close"), "not_due"),
  err(cmd("2026-04-09T16:00:00Z",REP,"auto_close"), "permission_denied"),
  exp({"advance_to":"2026-04-30T00:00:00Z","events":[["breached","2026-03-31T16:00:00Z"],["escalated","2026-03-31T16:00:00Z"],["auto_closed","2026-04-09T16:00:00Z"]]}, status="resolved", holder=ag("dinkes"), sla=sla(completion=M("breached","2026-03-31T16:00:00Z"), reply_window=M("met"))),
  err(cmd("2026-04-30T01:00:00Z",SYS,"auto_close"), "illegal_transition"),
 ]})
S.append({"name":"postponement_pauses_the_clock","notes":"Paused Mon 16 Mar 10:00 WIB to Wed 25 Mar 10:00 WIB: Tue 17 (the only working day wholly inside) does not count; 25 (partial), 26, 27 count -> 28 Mar 00:00 WIB = 27 Mar 17:00Z.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  exp(cmd("2026-03-16T03:00:00Z",NAT,"postpone",reason="Lokasi kurang jelas"), status="postponed", holder="national_admin", sla=sla(verification=M("paused"))),
  err(cmd("2026-03-17T03:00:00Z",NAT,"dispose",agency="dinkes"), "illegal_transition"),
  exp(cmd("2026-03-25T03:00:00Z",NAT,"resume"), status="submitted", sla=sla(verification=M("running","2026-03-27T17:00:00Z"))),
  exp(cmd("2026-03-25T05:00:00Z",NAT,"archive",reason="Bukan pelayanan publik"), status="archived", sla=sla(verification=M("met","2026-03-27T17:00:00Z"))),
  exp(cmd("2026-03-26T05:00:00Z",NAT,"delete",reason="Spam"), status="deleted"),
 ]})
S.append({"name":"declines_and_reroutes","steps":[
  submit("2026-03-02T02:00:00Z"),
  cmd("2026-03-02T03:00:00Z",NAT,"dispose",agency="dinkes"),
  exp(cmd("2026-03-02T04:00:00Z",adm("dinkes"),"sub_dispose",unit="puskesmas"), holder=ag("puskesmas"), status="disposed"),
  err(cmd("2026-03-02T05:00:00Z",adm("dinkes"),"decline_authority",reason="x"), "permission_denied"),
  exp(cmd("2026-03-02T05:00:00Z",lia("puskesmas"),"decline_authority",reason="Bukan tugas puskesmas"), holder=ag("dinkes"), status="disposed"),
  err(cmd("2026-03-02T06:00:00Z",adm("dinkes"),"sub_dispose",unit="puskesmas"), "already_declined"),
  err(cmd("2026-03-02T06:00:00Z",NAT,"reroute",agency="puskesmas"), "already_declined"),
  exp(cmd("2026-03-02T06:00:00Z",NAT,"reroute",agency="kemenkes"), holder=ag("kemenkes"), status="disposed"),
  err(cmd("2026-03-02T07:00:00Z",adm("dinkes"),"follow_up",text="x"), "permission_denied"),
  exp(cmd("2026-03-02T07:00:00Z",adm("kemenkes"),"decline_authority",reason="Urusan daerah"), holder="national_admin", status="submitted"),
  err(cmd("2026-03-02T08:00:00Z",REP,"withdraw"), "illegal_transition"),
  err(cmd("2026-03-02T08:00:00Z",NAT,"dispose",agency="kemenkes"), "already_declined"),
  exp(cmd("2026-03-02T08:00:00Z",NAT,"dispose",agency="dpupr"), holder=ag("dpupr"), status="disposed"),
 ]})
S.append({"name":"every_command_error","steps":[
  err(submit("2026-03-02T02:00:00Z", actor=adm("dinkes")), "permission_denied"),
  err(submit("2026-03-02T02:00:00Z", report=dict(REPORT, target_agency="nowhere")), "unknown_agency"),
  submit("2026-03-02T02:00:00Z"),
  err(cmd("2026-03-02T03:00:00Z",REP,"dispose",agency="dinkes"), "permission_denied"),
  err(cmd("2026-03-02T03:00:00Z",NAT,"close"), "illegal_transition"),
  err(cmd("2026-03-02T03:00:00Z",NAT,"dispose",agency="nowhere"), "unknown_agency"),
  err(cmd("2026-03-02T01:00:00Z",NAT,"dispose",agency="dinkes"), "time_backwards"),
  err(cmd("2026-03-02T03:00:00Z",REP,"submit",report=REPORT), "illegal_transition"),
  cmd("2026-03-02T03:00:00Z",NAT,"dispose",agency="dinkes"),
  err(cmd("2026-03-02T04:00:00Z",adm("dinkes"),"sub_dispose",unit="dpupr"), "outside_subtree"),
  err(cmd("2026-03-02T04:00:00Z",REP,"reply",text="?"), "illegal_transition"),
  cmd("2026-03-02T04:00:00Z",adm("dinkes"),"follow_up",text="Ditangani."),
  exp(cmd("2026-03-02T05:00:00Z",NAT,"close"), status="resolved"),
  err(cmd("2026-04-30T00:00:00Z",REP,"reopen"), "window_closed"),
  exp(cmd("2026-04-30T00:00:00Z",NAT,"reopen"), status="in_progress"),
 ]})
S.append({"name":"withdraw_before_verification","steps":[
  submit("2026-03-02T02:00:00Z"),
  err(cmd("2026-03-02T03:00:00Z",NAT,"withdraw"), "permission_denied"),
  exp(cmd("2026-03-02T03:00:00Z",REP,"withdraw"), status="archived", holder="national_admin"),
 ]})
S.append({"name":"saturday_submission_wit_agency_override","notes":"Sat 7 Mar 08:00 WIB: verification 3 wd: Mon 9, Tue 10, Wed 11 -> 12 Mar 00:00 WIB = 11 Mar 17:00Z. Disposed Mon 9 Mar 10:00 WIT to an agency whose policy sets first follow-up to 2 wd: 10, 11 -> 12 Mar 00:00 WIT = 11 Mar 15:00Z; light completion 3 wd: 10, 11, 12 -> 12 Mar 15:00Z.",
 "policy":{"name":"override","agencies":{"pemkot-jayapura":{"first_follow_up":{"working_days":2}}}},
 "steps":[
  exp(submit("2026-03-07T01:00:00Z"), sla=sla(verification=M("running","2026-03-11T17:00:00Z"))),
  exp(cmd("2026-03-09T01:00:00Z",NAT,"dispose",agency="pemkot-jayapura",tier="light"), holder=ag("pemkot-jayapura"), sla=sla(verification=M("met"), first_follow_up=M("running","2026-03-11T15:00:00Z"), completion=M("running","2026-03-12T15:00:00Z"))),
  exp(cmd("2026-03-12T01:00:00Z",adm("pemkot-jayapura"),"follow_up",text="Ditinjau."), status="in_progress", sla=sla(first_follow_up=M("breached","2026-03-11T15:00:00Z"), completion=M("running"))),
  exp({"advance_to":"2026-03-12T02:00:00Z","events":[["breached","2026-03-12T01:00:00Z"],["escalated","2026-03-12T01:00:00Z"]]}, status="in_progress"),
 ]})
# Second-wave scenarios (docs/cases.md "Further commands", docs/sla.md "Who owns a clock").
S.append({"name":"decline_then_reroute_fair_clocks","notes":"Audit finding: after a decline and a re-disposition, the next agency's clocks start when it receives the case. Disposed Tue 17 Mar 10:00 WITA to pemkot: first follow-up/completion 5 wd: 25, 26, 27, 30, 31 -> 1 Apr 00:00 WITA = 31 Mar 16:00Z. Pemkot declines Fri 27 Mar 10:00 WITA (before its due): its clocks are superseded; re-routing (verification budget, 3 wd, national admin in WIB) from Fri 27 Mar: 30, 31 Mar, 1 Apr -> 2 Apr 00:00 WIB = 1 Apr 17:00Z. Re-disposed Thu 2 Apr 08:00 WIB (10:00 WIT) to Pemkot Jayapura: re-routing breached (the national admin's); Jayapura's 5 wd after Thu 2 Apr: Fri 3 is Good Friday, 6, 7, 8, 9, 10 -> 11 Apr 00:00 WIT = 10 Apr 15:00Z. Fourteen hours after receipt nothing of Jayapura's is breached; the advance yields only the national admin's re-routing breach (escalated to the national admin).",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  exp(cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="pemkot"), holder=ag("pemkot"), sla=sla(first_follow_up=M("running","2026-03-31T16:00:00Z"), completion=M("running","2026-03-31T16:00:00Z"))),
  err(cmd("2026-03-27T02:00:00Z",lia("dinkes"),"decline_authority",reason="x"), "permission_denied"),
  exp(cmd("2026-03-27T02:00:00Z",adm("pemkot"),"decline_authority",reason="Bukan wewenang Pemkot Bontang"), status="submitted", holder="national_admin", sla=sla(first_follow_up=M("superseded",None,ag("pemkot")), completion=M("superseded",None,ag("pemkot")), rerouting=M("running","2026-04-01T17:00:00Z","national_admin"))),
  exp(cmd("2026-04-02T01:00:00Z",NAT,"dispose",agency="pemkot-jayapura"), status="disposed", holder=ag("pemkot-jayapura"), sla=sla(verification=M("met"), rerouting=M("breached","2026-04-01T17:00:00Z","national_admin"), first_follow_up=M("superseded"), completion=M("superseded"), **{"first_follow_up#2":M("running","2026-04-10T15:00:00Z",ag("pemkot-jayapura")), "completion#2":M("running","2026-04-10T15:00:00Z",ag("pemkot-jayapura"))})),
  exp({"advance_to":"2026-04-02T15:00:00Z","events":[["breached","2026-04-02T01:00:00Z"],["escalated","2026-04-02T01:00:00Z"]]}, status="disposed", sla=sla(**{"first_follow_up#2":M("running","2026-04-10T15:00:00Z"), "completion#2":M("running","2026-04-10T15:00:00Z")})),
  exp(cmd("2026-04-06T01:00:00Z",adm("pemkot-jayapura"),"follow_up",text="Sudah ditinjau."), status="in_progress", sla=sla(**{"first_follow_up#2":M("met")})),
  exp(cmd("2026-04-07T01:00:00Z",adm("pemkot-jayapura"),"close"), status="resolved", sla=sla(first_follow_up=M("superseded"), completion=M("superseded"), rerouting=M("breached"), **{"completion#2":M("met","2026-04-10T15:00:00Z",ag("pemkot-jayapura"))})),
 ]})
S.append({"name":"reroute_starts_new_clocks_and_breach_stays_with_its_owner","notes":"Disposed Tue 17 Mar 10:00 WITA to dinkes (due 31 Mar 16:00Z as above). Rerouted Wed 1 Apr 10:00 WIT (after dinkes' due) to Pemkot Jayapura: dinkes' first follow-up and completion stay breached, theirs; Jayapura's 5 wd after Wed 1 Apr: 2, 6, 7, 8, 9 (Fri 3 Good Friday) -> 10 Apr 00:00 WIT = 9 Apr 15:00Z.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"),
  exp(cmd("2026-04-01T01:00:00Z",NAT,"reroute",agency="pemkot-jayapura"), status="disposed", holder=ag("pemkot-jayapura"), sla=sla(first_follow_up=M("breached","2026-03-31T16:00:00Z",ag("dinkes")), completion=M("breached","2026-03-31T16:00:00Z",ag("dinkes")), **{"first_follow_up#2":M("running","2026-04-09T15:00:00Z",ag("pemkot-jayapura")), "completion#2":M("running","2026-04-09T15:00:00Z")})),
  exp({"advance_to":"2026-04-02T00:00:00Z","events":[["breached","2026-04-01T01:00:00Z"],["escalated","2026-04-01T01:00:00Z"],["breached","2026-04-01T01:00:00Z"],["escalated","2026-04-01T01:00:00Z"]]}, status="disposed"),
 ]})
S.append({"name":"reopen_keeps_history","notes":"Audit finding: a case resolved on time and reopened later keeps its met completion; the reopen starts a second completion budget. Completion due 31 Mar 16:00Z, met at the close on Thu 26 Mar. Reopened by the reporter Wed 8 Apr 10:00 WITA (inside the reopen window, which closes 10 Apr 16:00Z): completion #2, 5 wd after Wed 8 Apr: 9, 10, 13, 14, 15 -> 16 Apr 00:00 WITA = 15 Apr 16:00Z. Advancing past it breaches the second completion only.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"),
  cmd("2026-03-25T03:00:00Z",adm("dinkes"),"follow_up",text="Obat sudah tersedia."),
  exp(cmd("2026-03-26T05:00:00Z",adm("dinkes"),"close"), status="resolved", sla=sla(completion=M("met","2026-03-31T16:00:00Z"))),
  exp(cmd("2026-04-08T02:00:00Z",REP,"reopen"), status="in_progress", sla=sla(completion=M("met","2026-03-31T16:00:00Z"), **{"completion#2":M("running","2026-04-15T16:00:00Z",ag("dinkes"))})),
  exp({"advance_to":"2026-04-20T00:00:00Z","events":[["breached","2026-04-15T16:00:00Z"],["escalated","2026-04-15T16:00:00Z"]]}, status="in_progress", sla=sla(completion=M("met"), **{"completion#2":M("breached","2026-04-15T16:00:00Z",ag("dinkes"))})),
 ]})
INFO=dict(REPORT, kind="information_request", title="Data penerima bantuan", body="Mohon data jumlah penerima bantuan obat tahun 2025.")
S.append({"name":"information_request_extension","notes":"An information request filed Mon 16 Mar, disposed Tue 17 Mar to dinkes (WITA): 10 wd after Mon 16 Mar: 17, 25, 26, 27, 30, 31, 1, 2, 6, 7 -> 8 Apr 00:00 WITA = 7 Apr 16:00Z. The dinkes admin extends it once on Mon 6 Apr (UU 14/2008 art. 22): 17 wd: then 8, 9, 10, 13, 14, 15, 16 -> 17 Apr 00:00 WITA = 16 Apr 16:00Z.",
 "steps":[
  submit("2026-03-16T02:00:00Z", report=INFO),
  cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"),
  exp({"advance_to":"2026-03-18T00:00:00Z","events":[]}, sla=sla(information_request=M("running","2026-04-07T16:00:00Z",ag("dinkes")))),
  err(cmd("2026-04-06T02:00:00Z",NAT,"extend_information_request",notice="Data sedang dihimpun."), "permission_denied"),
  err(cmd("2026-04-06T02:00:00Z",lia("dinkes"),"extend_information_request",notice="Data sedang dihimpun."), "permission_denied"),
  err(cmd("2026-04-06T02:00:00Z",adm("dpupr"),"extend_information_request",notice="Data sedang dihimpun."), "permission_denied"),
  exp(cmd("2026-04-06T02:00:00Z",adm("dinkes"),"extend_information_request",notice="Data sedang dihimpun dari puskesmas."), status="disposed", sla=sla(information_request=M("running","2026-04-16T16:00:00Z"))),
  err(cmd("2026-04-06T03:00:00Z",adm("dinkes"),"extend_information_request",notice="Lagi."), "command_refused"),
  cmd("2026-04-14T02:00:00Z",adm("dinkes"),"follow_up",text="Data terlampir."),
  exp(cmd("2026-04-15T02:00:00Z",adm("dinkes"),"close"), status="resolved", sla=sla(information_request=M("met","2026-04-16T16:00:00Z"))),
  err(cmd("2026-04-15T03:00:00Z",adm("dinkes"),"extend_information_request",notice="x"), "illegal_transition"),
 ]})
S.append({"name":"extension_refusals","notes":"Extending after the deadline (7 Apr 16:00Z, as above) or a complaint is refused. Reclassified as a complaint Wed 8 Apr 01:00 WITA, after its deadline: the information request stays breached, and completion (5 wd) starts: Thu 9, Fri 10, Mon 13, Tue 14, Wed 15 -> 16 Apr 00:00 WITA = 15 Apr 16:00Z.",
 "steps":[
  submit("2026-03-16T02:00:00Z", report=INFO),
  err(cmd("2026-03-16T03:00:00Z",adm("dinkes"),"extend_information_request",notice="x"), "illegal_transition"),
  cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"),
  err(cmd("2026-04-07T16:00:00Z",adm("dinkes"),"extend_information_request",notice="Terlambat."), "command_refused"),
  exp(cmd("2026-04-07T17:00:00Z",NAT,"reclassify",kind="complaint"), status="disposed", sla=sla(information_request=M("breached","2026-04-07T16:00:00Z",ag("dinkes")), first_follow_up=M("breached"), completion=M("running","2026-04-15T16:00:00Z",ag("dinkes")))),
  err(cmd("2026-04-07T18:00:00Z",adm("dinkes"),"extend_information_request",notice="x"), "command_refused"),
 ]})
S.append({"name":"postponement_completed_by_the_reporter","notes":"Postponed Mon 16 Mar 10:00 WIB; the reporter completes the report Wed 25 Mar 10:00 WIB: as in postponement_pauses_the_clock, verification is due 28 Mar 00:00 WIB = 27 Mar 17:00Z.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  err(cmd("2026-03-16T02:30:00Z",REP,"complete",details="x"), "illegal_transition"),
  cmd("2026-03-16T03:00:00Z",NAT,"postpone",reason="Lokasi kurang jelas"),
  err(cmd("2026-03-25T03:00:00Z",NAT,"complete",details="x"), "permission_denied"),
  err(cmd("2026-03-25T03:00:00Z",adm("dinkes"),"complete",details="x"), "permission_denied"),
  err(cmd("2026-03-25T03:00:00Z",SYS,"auto_archive"), "not_due"),
  exp(cmd("2026-03-25T03:00:00Z",REP,"complete",details="Puskesmas Bontang Utara, Jl. Ahmad Yani."), status="submitted", holder="national_admin", sla=sla(verification=M("running","2026-03-27T17:00:00Z"))),
  err(cmd("2026-03-25T04:00:00Z",REP,"complete",details="lagi"), "illegal_transition"),
  exp(cmd("2026-03-25T05:00:00Z",NAT,"dispose",agency="dinkes"), status="disposed", sla=sla(verification=M("met","2026-03-27T17:00:00Z"))),
 ]})
S.append({"name":"postponement_never_completed_is_archived","notes":"Postponed Mon 16 Mar 10:00 WIB; the reporter never answers. Auto-archive after 10 wd on the national admin's calendar (WIB): 17, 25, 26, 27, 30, 31, 1, 2, 6, 7 -> 8 Apr 00:00 WIB = 7 Apr 17:00Z.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  cmd("2026-03-16T03:00:00Z",NAT,"postpone",reason="Lokasi kurang jelas"),
  err(cmd("2026-04-07T16:59:00Z",SYS,"auto_archive"), "not_due"),
  err(cmd("2026-04-07T17:00:00Z",NAT,"auto_archive"), "permission_denied"),
  exp({"advance_to":"2026-04-10T00:00:00Z","events":[["auto_archived","2026-04-07T17:00:00Z"]]}, status="archived", holder="national_admin", public_visibility="not_verified"),
  err(cmd("2026-04-10T01:00:00Z",REP,"complete",details="x"), "illegal_transition"),
 ]})
S.append({"name":"admin_edits","notes":"Tags and category by the national admin; a reclassification to whistle-blowing makes the report confidential and, from that instant, the whistle-blowing budgets apply (this scenario's policy: normative completion 10 wd for whistle-blowing): the first completion clock is superseded, a second starts Wed 18 Mar 10:00 WITA: 10 wd after Wed 18 Mar: 25, 26, 27, 30, 31, 1, 2, 6, 7, 8 -> 9 Apr 00:00 WITA = 8 Apr 16:00Z.",
 "policy":{"name":"wbs","kinds":{"whistleblowing":{"completion_normative":{"working_days":10}}}},
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  err(cmd("2026-03-16T03:00:00Z",adm("dinkes"),"tag",tags=["obat"]), "permission_denied"),
  err(cmd("2026-03-16T03:00:00Z",NAT,"tag",tags=["  "]), "command_refused"),
  exp(cmd("2026-03-16T03:00:00Z",NAT,"tag",tags=["obat","puskesmas"]), status="submitted"),
  err(cmd("2026-03-16T03:00:00Z",NAT,"tag",tags=["obat","puskesmas"]), "command_refused"),
  err(cmd("2026-03-16T04:00:00Z",NAT,"set_category",category="kesehatan.tidak.ada"), "unknown_category"),
  exp(cmd("2026-03-16T04:00:00Z",NAT,"set_category",category="kesehatan.obat"), status="submitted"),
  exp(cmd("2026-03-17T02:00:00Z",NAT,"dispose",agency="dinkes"), public_visibility="named", sla=sla(completion=M("running","2026-03-31T16:00:00Z"))),
  err(cmd("2026-03-18T02:00:00Z",NAT,"reclassify",kind="complaint"), "command_refused"),
  err(cmd("2026-03-18T02:00:00Z",adm("dinkes"),"reclassify",kind="whistleblowing"), "permission_denied"),
  exp(cmd("2026-03-18T02:00:00Z",NAT,"reclassify",kind="whistleblowing"), status="disposed", public_visibility="confidential", sla=sla(completion=M("superseded",None,ag("dinkes")), **{"completion#2":M("running","2026-04-08T16:00:00Z",ag("dinkes"))})),
  cmd("2026-03-25T02:00:00Z",adm("dinkes"),"follow_up",text="Diperiksa."),
  exp(cmd("2026-03-26T02:00:00Z",adm("dinkes"),"close"), status="resolved", public_visibility="confidential"),
  exp(cmd("2026-03-27T02:00:00Z",NAT,"tag",tags=["obat","wbs"]), status="resolved"),
  err(cmd("2026-03-27T03:00:00Z",NAT,"reclassify",kind="complaint"), "illegal_transition"),
  exp(cmd("2026-03-27T03:00:00Z",NAT,"set_category",category="kesehatan"), status="resolved"),
 ]})
S.append({"name":"archive_as_duplicate","notes":"Case 7 duplicates case 5 (submitted earlier); case 6 was submitted after case 7, case 99 is unknown. The public view of the duplicate shows the link only.",
 "known_cases":{"5":"2026-03-10T01:00:00Z","6":"2026-03-20T01:00:00Z"},
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  err(cmd("2026-03-16T03:00:00Z",REP,"archive_as_duplicate",of=5), "permission_denied"),
  err(cmd("2026-03-16T03:00:00Z",NAT,"archive_as_duplicate",of=7), "command_refused"),
  err(cmd("2026-03-16T03:00:00Z",NAT,"archive_as_duplicate",of=99), "unknown_case"),
  err(cmd("2026-03-16T03:00:00Z",NAT,"archive_as_duplicate",of=6), "command_refused"),
  exp(cmd("2026-03-16T03:00:00Z",NAT,"archive_as_duplicate",of=5), status="archived", holder="national_admin", duplicate_of=5, public_visibility="not_verified", sla=sla(verification=M("met"))),
  err(cmd("2026-03-16T04:00:00Z",NAT,"archive_as_duplicate",of=5), "illegal_transition"),
  err(cmd("2026-03-16T04:00:00Z",NAT,"reclassify",kind="aspiration"), "illegal_transition"),
  cmd("2026-03-16T05:00:00Z",NAT,"delete",reason="Spam"),
  err(cmd("2026-03-16T06:00:00Z",NAT,"reclassify",kind="aspiration"), "illegal_transition"),
  err(cmd("2026-03-16T06:00:00Z",NAT,"tag",tags=["x"]), "illegal_transition"),
 ]})
S.append({"name":"dispose_many_waits_for_every_branch","notes":"One report to two agencies at once, Tue 17 Mar: Pemkot Bontang (WITA; first follow-up and completion due 1 Apr 00:00 WITA = 31 Mar 16:00Z) and Pemkot Jayapura (WIT, 11:00 Tue 17 Mar; 5 wd: 25, 26, 27, 30, 31 -> 1 Apr 00:00 WIT = 31 Mar 15:00Z). Pemkot passes its branch to Dinkes, which answers on 25 Mar; the case stays `disposed` (the least advanced branch) until Jayapura answers. Advancing to 1 Apr breaches Jayapura's first follow-up and completion at 15:00Z and Pemkot's completion (held by Dinkes then) at 16:00Z, each escalated. The case is resolved when the national admin closes every branch.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  err(cmd("2026-03-17T01:00:00Z",NAT,"dispose_many",agencies=["pemkot"]), "command_refused"),
  err(cmd("2026-03-17T01:00:00Z",NAT,"dispose_many",agencies=["pemkot","pemkot"]), "command_refused"),
  err(cmd("2026-03-17T01:00:00Z",adm("pemkot"),"dispose_many",agencies=["pemkot","pemkot-jayapura"]), "permission_denied"),
  exp(cmd("2026-03-17T02:00:00Z",NAT,"dispose_many",agencies=["pemkot","pemkot-jayapura"]), status="disposed", holder=ag("pemkot"), sla=sla(verification=M("met"), **{"first_follow_up@pemkot":M("running","2026-03-31T16:00:00Z",ag("pemkot")), "completion@pemkot":M("running","2026-03-31T16:00:00Z"), "first_follow_up@pemkot-jayapura":M("running","2026-03-31T15:00:00Z",ag("pemkot-jayapura")), "completion@pemkot-jayapura":M("running","2026-03-31T15:00:00Z")})),
  err(cmd("2026-03-17T02:30:00Z",NAT,"dispose",agency="dpupr"), "illegal_transition"),
  err(cmd("2026-03-17T03:00:00Z",lia("dinkes"),"follow_up",text="x"), "permission_denied"),
  exp(cmd("2026-03-17T03:00:00Z",adm("pemkot"),"sub_dispose",unit="dinkes"), status="disposed"),
  exp(cmd("2026-03-25T03:00:00Z",lia("dinkes"),"follow_up",text="Obat sudah dipesan."), status="disposed", sla=sla(**{"first_follow_up@pemkot":M("met",None,ag("dinkes")), "first_follow_up@pemkot-jayapura":M("running")})),
  exp(cmd("2026-03-25T04:00:00Z",REP,"reply",text="Terima kasih."), status="disposed"),
  exp({"advance_to":"2026-04-01T00:00:00Z","events":[["breached","2026-03-31T15:00:00Z"],["escalated","2026-03-31T15:00:00Z"],["breached","2026-03-31T15:00:00Z"],["escalated","2026-03-31T15:00:00Z"],["breached","2026-03-31T16:00:00Z"],["escalated","2026-03-31T16:00:00Z"]]}, status="disposed", sla=sla(**{"completion@pemkot":M("breached","2026-03-31T16:00:00Z",ag("dinkes")), "first_follow_up@pemkot-jayapura":M("breached","2026-03-31T15:00:00Z",ag("pemkot-jayapura"))})),
  exp(cmd("2026-04-02T01:00:00Z",adm("pemkot-jayapura"),"follow_up",text="Ditinjau."), status="in_progress"),
  exp(cmd("2026-04-02T02:00:00Z",adm("pemkot-jayapura"),"close"), status="in_progress"),
  err(cmd("2026-04-02T02:30:00Z",adm("pemkot-jayapura"),"close"), "illegal_transition"),
  exp(cmd("2026-04-02T03:00:00Z",NAT,"close"), status="resolved", sla=sla(**{"completion@pemkot":M("breached"), "completion@pemkot-jayapura":M("breached")})),
 ]})
S.append({"name":"dispose_many_every_branch_declines","notes":"Both agencies decline (Wed 25 Mar): the case is back with the national admin, `submitted`, and a re-routing clock runs from 25 Mar 10:00 WIB: 3 wd (26, 27, 30) -> 31 Mar 00:00 WIB = 30 Mar 17:00Z. Neither may receive it again.",
 "steps":[
  submit("2026-03-16T02:00:00Z"),
  cmd("2026-03-17T02:00:00Z",NAT,"dispose_many",agencies=["pemkot","pemkot-jayapura"]),
  exp(cmd("2026-03-25T02:00:00Z",adm("pemkot-jayapura"),"decline_authority",reason="Bukan wewenang"), status="disposed", holder=ag("pemkot")),
  exp(cmd("2026-03-25T03:00:00Z",adm("pemkot"),"decline_authority",reason="Bukan wewenang"), status="submitted", holder="national_admin", sla=sla(rerouting=M("running","2026-03-30T17:00:00Z","national_admin"), **{"first_follow_up@pemkot":M("superseded",None,ag("pemkot")), "first_follow_up@pemkot-jayapura":M("superseded")})),
  err(cmd("2026-03-26T02:00:00Z",NAT,"dispose_many",agencies=["pemkot-jayapura","dpupr"]), "already_declined"),
  exp(cmd("2026-03-26T02:00:00Z",NAT,"dispose",agency="dpupr"), status="disposed", holder=ag("dpupr"), sla=sla(rerouting=M("met"))),
 ]})
CATEGORIES=[{"id":"kesehatan","name":"Kesehatan"},{"id":"kesehatan.obat","parent":"kesehatan","name":"Obat dan Farmasi"}]
logs={
 "lines":[
   '{"case":7,"at":"2026-03-02T02:00:00Z","actor":{"role":"reporter"},"event":"submitted","report":'+json.dumps(dict(REPORT, tracking_id=7, submitted_at="2026-03-02T02:00:00Z"))+'}',
   '',
   '{"case":7,"at":"2026-03-02T03:00:00+07:00","actor":{"role":"national_admin"},"event":"postponed","reason":"?"}',
   '{"case":7,"at":"2026-03-02T03:00:00Z","actor":{"role":"national_admin"},"event":"teleported"}',
   'not json',
   '{"case":7,"at":"2026-03-02T04:00:00Z","actor":{"role":"national_admin"},"event":"resumed"}',
 ],
 "good":3, "bad_lines":[4,5],
 "replay_error":"time_backwards", "replay_error_line":3,
 "note":"The postponement at 03:00+07:00 (20:00Z the day before) is before the submission: replaying the good lines fails with event_rejected, naming line 3 (its line in the text) and the reason time_backwards.",
}
wrong={"events":[json.loads(logs["lines"][0]), {"case":8,"at":"2026-03-02T04:00:00Z","actor":{"role":"national_admin"},"event":"resumed"}], "error":"wrong_case", "line":2,
 "note":"Replay errors are event_rejected, with the event's line (its position among the events given) and the reason's code."}
out={"description":"Case scenarios: after each step, the expected status, holder and SLA states (only the metrics listed; `metric#n` is the metric's n-th clock, `metric` its first; `metric@agency` (also `metric#n@agency`) a clock of the branch sent to that agency after `dispose_many`; `responsible` the holder it is attributed to), the public view's `visibility` and `duplicate_of` where given, or the expected error code. `categories` is the category tree set_category checks against; a scenario's `known_cases` are the other cases (tracking id to submission instant) archive_as_duplicate may link to. Deadlines are derived by hand from the rules of docs/sla.md and docs/calendars.md; see each scenario's notes.",
 "agencies":agencies,"categories":CATEGORIES,"tracking_id":7,"scenarios":S,"log":logs,"replay":wrong}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'case_scenarios.json'), 'w'), indent=1, ensure_ascii=False)
