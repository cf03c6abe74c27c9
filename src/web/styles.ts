/** The page's stylesheet, served at /assets/app.css: white and gray with a restrained dark red accent. */
export const APP_CSS = `
:root{
  --red:#8c1c13;--red-dark:#6e150e;--red-soft:#f8ecea;
  --ink:#1f2933;--ink-2:#3e4c59;--muted:#616e7c;--faint:#9aa5b1;
  --line:#dde1e6;--line-2:#e9ecef;--bg:#f4f5f7;--card:#fff;
  --err:#b42318;--err-bg:#fde6e3;--warn:#9a5b00;--warn-bg:#fdf0d2;--info:#1d4f91;--info-bg:#e4edf9;
  --ok:#1f7a3f;--ok-bg:#e6f4ea;
  --focus:0 0 0 3px rgba(140,28,19,.35);
  --ui:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
  --doc:"FangSong","仿宋","FangSong_GB2312","STFangsong","Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif;
}
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;font:14px/1.6 var(--ui);color:var(--ink);background:var(--bg)}
[hidden]{display:none !important}
a{color:var(--red)}
button,input,select,textarea{font:inherit;color:inherit}
:focus-visible{outline:none;box-shadow:var(--focus)}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:6px 10px;z-index:100}
.skip:focus{left:8px;top:8px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}

/* header and tabs */
.top{display:flex;align-items:center;gap:24px;background:#fff;border-top:4px solid var(--red);border-bottom:1px solid var(--line);padding:0 20px;height:56px}
.brand{display:flex;align-items:center;gap:10px;min-width:0}
.brand .seal{width:30px;height:30px;border-radius:4px;background:var(--red);color:#fff;display:grid;place-items:center;font-weight:700;font-size:16px;flex:none}
.brand h1{font-size:17px;margin:0;color:var(--red-dark);white-space:nowrap}
.brand p{margin:0;font-size:12px;color:var(--muted);white-space:nowrap}
.tabs{display:flex;gap:4px;height:100%;margin-left:12px}
.tabs [role=tab]{border:0;background:none;padding:0 18px;height:100%;cursor:pointer;font-size:15px;color:var(--ink-2);border-bottom:3px solid transparent;margin-bottom:-1px}
.tabs [role=tab][aria-selected=true]{color:var(--red);border-bottom-color:var(--red);font-weight:600}
.tabs [role=tab]:hover{color:var(--red)}
.top .links{margin-left:auto;font-size:13px;display:flex;gap:14px}
.top .links a{color:var(--muted);text-decoration:none}.top .links a:hover{color:var(--red)}

/* generic pieces */
.btn{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--line);background:#fff;border-radius:4px;padding:6px 14px;cursor:pointer;line-height:1.4;white-space:nowrap;text-decoration:none;color:var(--ink)}
.btn:hover{border-color:var(--faint);background:#fafbfc}
.btn.primary{background:var(--red);border-color:var(--red);color:#fff}
.btn.primary:hover{background:var(--red-dark)}
.btn.small{padding:3px 10px;font-size:13px}
.btn.link{border:0;background:none;color:var(--red);padding:2px 4px}
.btn:disabled{opacity:.5;cursor:not-allowed}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px}
.muted{color:var(--muted)}.small{font-size:12px}
.kbd,kbd{font:12px/1 var(--ui);border:1px solid var(--line);border-bottom-width:2px;border-radius:3px;padding:1px 5px;background:#fafbfc;color:var(--ink-2)}
.alert{border-radius:6px;padding:10px 14px;margin:12px 0;border:1px solid}
.alert.error{background:var(--err-bg);border-color:#f3b8b0;color:#7a1a10}
.alert.error strong{display:block;margin-bottom:2px}
.alert .code{font-size:12px;color:#8a3a30;margin:4px 0 0}
.alert ul{margin:6px 0 0;padding-left:20px}
.alert.note{background:#f7f8fa;border-color:var(--line);color:var(--ink-2)}
.badge{display:inline-block;font-size:12px;line-height:18px;padding:0 6px;border-radius:3px;white-space:nowrap;font-weight:600}
.badge.error{background:var(--err-bg);color:var(--err)}
.badge.warning{background:var(--warn-bg);color:var(--warn)}
.badge.info{background:var(--info-bg);color:var(--info)}
.badge.ok{background:var(--ok-bg);color:var(--ok)}
.badge.plain{background:var(--line-2);color:var(--ink-2);font-weight:400}

/* progress */
.progress{margin:12px 0;min-height:0}
.progress .bar{height:4px;background:var(--line-2);border-radius:2px;overflow:hidden;position:relative}
.progress .bar i{position:absolute;top:0;bottom:0;left:0;background:var(--red);border-radius:2px}
.progress .bar.indeterminate i{width:35%;animation:slide 1.3s ease-in-out infinite}
@keyframes slide{0%{left:-35%}100%{left:100%}}
.progress .label{display:flex;justify-content:space-between;font-size:13px;color:var(--ink-2);margin-top:6px}
@media (prefers-reduced-motion:reduce){.progress .bar.indeterminate i{animation:none;width:100%;opacity:.5}}

/* forms */
.field{margin:0 0 12px}
.field>label,.field>.label{display:block;font-weight:600;margin:0 0 4px;color:var(--ink-2)}
.field .hint{font-size:12px;color:var(--muted);margin:3px 0 0}
input[type=text],input[type=number],input:not([type]),select,textarea{border:1px solid #c9ced6;border-radius:4px;padding:5px 8px;background:#fff;min-width:0}
input:focus,select:focus,textarea:focus{border-color:var(--red);outline:none;box-shadow:var(--focus)}
input.bad{border-color:var(--err);background:#fff8f7}
textarea{width:100%;resize:vertical}
.drop{border:2px dashed #c9ced6;border-radius:6px;padding:18px;text-align:center;background:#fafbfc;cursor:pointer;transition:border-color .15s,background .15s}
.drop:hover,.drop.over{border-color:var(--red);background:var(--red-soft)}
.drop strong{display:block;font-size:15px;color:var(--ink)}
.drop .chosen{margin-top:6px;color:var(--red-dark);font-weight:600;word-break:break-all}
.filepick{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.filepick .names{font-size:13px;color:var(--ink-2);word-break:break-all}

/* review: setup */
.setup{max-width:860px;margin:24px auto;padding:22px 26px}
.setup h2{margin:0 0 4px;font-size:19px}
.setup .lead{margin:0 0 16px;color:var(--muted)}
.setup .grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.setup details{margin:10px 0}
.setup summary{cursor:pointer;color:var(--ink-2)}
.setup .actions{display:flex;gap:12px;align-items:center;margin-top:8px}
.setup .optional{border-top:1px solid var(--line-2);margin-top:14px;padding-top:12px}
.setup .optional h3{font-size:14px;margin:0 0 10px;color:var(--ink-2)}

/* review: results */
.result{display:flex;flex-direction:column;height:calc(100vh - 56px)}
.toolbar{display:flex;align-items:center;gap:10px;padding:8px 16px;background:#fff;border-bottom:1px solid var(--line);flex-wrap:wrap}
.toolbar .doc-title{font-weight:600;font-size:15px;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;flex:1 1 200px}
.toolbar .doc-title small{font-weight:400;color:var(--muted);margin-left:8px}
.summary{display:flex;gap:0;background:#fff;border-bottom:1px solid var(--line);padding:0 8px;overflow-x:auto}
.summary .stat{padding:6px 14px;border-right:1px solid var(--line-2);white-space:nowrap}
.summary .stat:last-child{border-right:0}
.summary .stat b{display:block;font-size:18px;line-height:1.3;color:var(--ink)}
.summary .stat span{font-size:12px;color:var(--muted)}
.summary .stat.error b{color:var(--err)}.summary .stat.warning b{color:var(--warn)}.summary .stat.dup b{color:var(--red-dark)}
.panes{flex:1;display:grid;grid-template-columns:210px minmax(0,1fr) 390px;min-height:0}
.viewtabs{display:flex;gap:2px;padding:6px 16px 0;background:#fff;border-bottom:1px solid var(--line)}
.viewtabs [role=tab]{border:1px solid transparent;border-bottom:0;background:none;padding:6px 14px;font:inherit;font-size:14px;color:var(--muted);cursor:pointer;border-radius:4px 4px 0 0;margin-bottom:-1px}
.viewtabs [role=tab][aria-selected=true]{color:var(--ink);border-color:var(--line);background:var(--bg, #fff);font-weight:600}
.viewtabs [role=tab]:focus-visible{box-shadow:var(--focus)}
.claims{flex:1;overflow:auto;padding:12px 20px 24px;min-height:0}
.claims h2{font-size:16px;margin:0 0 6px}
.claims .csum{margin:4px 0 10px;font-weight:600}
.ctable-wrap{overflow-x:auto}
.ctable{border-collapse:collapse;width:100%;font-size:13px;background:#fff}
.ctable th,.ctable td{border:1px solid var(--line-2);padding:4px 8px;text-align:left;vertical-align:top}
.ctable th{background:var(--line-2);font-weight:600;position:sticky;top:0}
.ctable td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
.ctable tr.c-contradicted td{background:var(--err-bg)}
.ctable td.status{min-width:14em}
.ctable td.where .ctx{color:var(--muted);font-size:12px;max-width:28em}
.reason{font-size:12px;white-space:nowrap}
.reason.r-unknown{color:var(--muted)}
.flash{outline:2px solid var(--warn);outline-offset:2px}
.pane{overflow:auto;min-height:0;position:relative}
.outline{background:#fafbfc;border-right:1px solid var(--line);padding:10px 6px 20px 10px;font-size:13px}
.outline h2,.findings h2{font-size:13px;color:var(--muted);margin:4px 4px 8px;font-weight:600}
.outline ol{list-style:none;margin:0;padding:0}
.outline ol ol{padding-left:12px}
.outline a{display:flex;gap:4px;justify-content:space-between;padding:3px 6px;border-radius:4px;color:var(--ink-2);text-decoration:none;line-height:1.45}
.outline a:hover{background:var(--line-2);color:var(--red)}
.outline a .n{flex:none;font-size:11px;background:var(--warn-bg);color:var(--warn);border-radius:8px;padding:0 6px;height:17px;line-height:17px;margin-top:1px}
.outline a .n.error{background:var(--err-bg);color:var(--err)}
.docpane{background:#e9ebee;padding:18px}
.paper{background:#fff;max-width:820px;margin:0 auto;padding:40px 56px 60px;box-shadow:0 1px 3px rgba(0,0,0,.12);font:16px/2 var(--doc);color:#111}
.paper .doc-h{font-family:var(--ui);font-weight:700;line-height:1.6;margin:18px 0 6px;scroll-margin-top:16px}
.paper .doc-h.l0{font-size:21px;text-align:center;margin:0 0 18px;font-family:var(--doc)}
.paper .doc-h.l1{font-size:17px}.paper .doc-h.l2{font-size:16px}.paper .doc-h.l3,.paper .doc-h.l4{font-size:15px;font-weight:600}
.paper p{margin:0 0 4px;text-indent:2em;scroll-margin-top:40px}
.paper .trow{display:flex;gap:0;font:14px/1.7 var(--ui);border:1px solid var(--line);border-top:0;margin:0}
.paper .trow:first-of-type,.paper :not(.trow)+.trow{border-top:1px solid var(--line);margin-top:6px}
.paper .trow>span{flex:1 1 0;padding:2px 8px;border-left:1px solid var(--line-2);min-width:0;word-break:break-all}
.paper .trow>span:first-child{border-left:0;flex-grow:1.6}
.paper .trow.plain{display:block;padding:2px 8px;white-space:pre-wrap}
.paper .page{font:12px var(--ui);color:var(--faint);text-align:right;border-top:1px dashed var(--line);margin:16px 0 8px;padding-top:2px;text-indent:0}
.paper .page:first-child{border-top:0;margin-top:0}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:var(--muted);max-width:820px;margin:10px auto 0}
.legend mark{cursor:default}

/* highlights: colour = severity, underline = family */
mark.hl{background:none;color:inherit;cursor:pointer;border-radius:2px;padding:1px 0;scroll-margin:80px}
mark.hl.error{background:var(--err-bg)}
mark.hl.warning{background:var(--warn-bg)}
mark.hl.info{background:var(--info-bg)}
mark.hl.fam-duplicate{box-shadow:inset 0 -2px 0 currentColor}
mark.hl.fam-duplicate.error{color:#5c140c}mark.hl.fam-duplicate.warning{color:#5a3a00}mark.hl.fam-duplicate.info{color:#12345f}
mark.hl.fam-number,mark.hl.fam-usage{text-decoration-line:underline;text-underline-offset:4px}
mark.hl.fam-number{text-decoration-style:double;text-decoration-color:var(--err)}
mark.hl.fam-number.warning{text-decoration-color:var(--warn)}mark.hl.fam-number.info{text-decoration-color:var(--info)}
mark.hl.fam-usage{text-decoration-style:wavy;text-decoration-color:var(--warn);text-decoration-thickness:1px}
mark.hl.multi{background-image:linear-gradient(rgba(0,0,0,.06),rgba(0,0,0,.06))}
mark.hl.off{background:none;box-shadow:none;text-decoration:none;cursor:text;color:inherit}
mark.hl.active{background-color:#f6c9c1;box-shadow:inset 0 -3px 0 var(--red);color:#000}
.seg.rel{background:none}
.seg.rel.rel-active,mark.hl.rel-active{background:#efe3f6;box-shadow:inset 0 -2px 0 #7a4a93;border-radius:2px}

/* findings list */
.findings{background:#fff;border-left:1px solid var(--line);padding:10px 12px 24px}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px}
.filters fieldset{border:0;padding:0;margin:0;display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.filters legend{float:left;font-size:12px;color:var(--muted);margin-right:2px;padding:0}
.chip{display:inline-flex;align-items:center;gap:4px;border:1px solid var(--line);border-radius:14px;padding:1px 10px 1px 6px;font-size:12px;cursor:pointer;user-select:none;background:#fff}
.chip input{margin:0;accent-color:var(--red)}
.chip:has(input:checked){border-color:#c4a29e;background:var(--red-soft)}
.chip:has(input:focus-visible){box-shadow:var(--focus)}
.fgroup{margin:0 0 12px}
.fgroup h3{font-size:14px;margin:10px 0 6px;display:flex;align-items:center;gap:6px;color:var(--ink-2)}
.fgroup h3 .count{font-size:12px;background:var(--line-2);border-radius:9px;padding:0 7px;font-weight:600}
.flist{list-style:none;margin:0;padding:0}
.fitem{display:block;width:100%;text-align:left;background:#fff;border:1px solid var(--line);border-left:4px solid var(--faint);border-radius:4px;padding:7px 10px;margin:0 0 6px;cursor:pointer;line-height:1.5}
.fitem.error{border-left-color:var(--err)}.fitem.warning{border-left-color:#d08a00}.fitem.info{border-left-color:var(--info)}
.fitem:hover{background:#fafbfc}
.fitem[aria-current=true]{background:var(--red-soft);border-color:#d9b5b0;border-left-color:var(--red)}
.fitem .head{display:flex;gap:6px;align-items:center;font-size:12px;color:var(--muted)}
.fitem .head .rule{font-weight:600;color:var(--ink-2)}
.fitem .head .where{margin-left:auto;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:45%}
.fitem .msg{display:block;margin-top:3px;font-size:13px;color:var(--ink)}
.fdetail{margin:-2px 0 8px;padding:8px 10px;border:1px solid #d9b5b0;border-top:0;border-radius:0 0 4px 4px;background:#fffdfc;font-size:13px}
.fdetail .fix{color:var(--ink-2)}
.fdetail .actions{display:flex;gap:8px;margin-top:6px;flex-wrap:wrap}
.empty{color:var(--muted);text-align:center;padding:20px 8px}
.keys{font-size:12px;color:var(--muted);margin:14px 0 0;line-height:2}

/* evidence and pair view */
.calc{border:1px solid var(--line);border-radius:4px;background:#f9fafb;margin:6px 0;font-size:13px}
.calc .expr{font:14px/1.6 "Noto Sans Mono CJK SC",ui-monospace,Consolas,monospace;padding:6px 10px;border-bottom:1px solid var(--line);word-break:break-all}
.calc dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;padding:6px 10px}
.calc dt{color:var(--muted)}.calc dd{margin:0;font-weight:600}
.calc .vs{display:flex;gap:0;border-bottom:1px solid var(--line)}
.calc .vs div{flex:1;padding:6px 10px;text-align:center}
.calc .vs div+div{border-left:1px solid var(--line)}
.calc .vs b{display:block;font-size:20px;line-height:1.4}
.calc .vs .stated b{color:var(--err)}.calc .vs .computed b{color:var(--ok)}
.calc .vs span{font-size:12px;color:var(--muted)}
dialog.detail{border:0;border-radius:8px;padding:0;width:min(1160px,96vw);max-height:92vh;box-shadow:0 10px 40px rgba(0,0,0,.3);color:var(--ink)}
dialog.detail::backdrop{background:rgba(20,24,30,.45)}
dialog.detail .dhead{display:flex;align-items:center;gap:10px;padding:12px 18px;border-bottom:1px solid var(--line);position:sticky;top:0;background:#fff;z-index:1}
dialog.detail .dhead h2{font-size:16px;margin:0}
dialog.detail .dhead .nav{margin-left:auto;display:flex;gap:6px;align-items:center}
dialog.detail .dbody{padding:14px 18px 18px;overflow:auto;max-height:calc(92vh - 56px)}
dialog.detail .msg{margin:0 0 8px;font-size:14px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:10px 0}
.pair .side{border:1px solid var(--line);border-radius:6px;overflow:hidden;display:flex;flex-direction:column}
.pair .side h3{margin:0;font-size:13px;padding:6px 10px;background:#f6f7f9;border-bottom:1px solid var(--line)}
.pair .side h3 .tag{display:inline-block;color:#fff;background:var(--red);border-radius:3px;padding:0 6px;margin-right:6px;font-size:12px}
.pair .side.other h3 .tag{background:#5f6b7a}
.pair .side .loc{font-weight:400;color:var(--muted);font-size:12px;display:block}
.pair .side .txt{padding:10px 12px;font:15px/1.9 var(--doc);white-space:pre-wrap;word-break:break-all}
.pair ins,.pair del{text-decoration:none;border-radius:2px;padding:0 1px}
.pair ins{background:#ffd8a8;box-shadow:inset 0 -2px 0 #d9480f}
.pair del{background:#d0ebff;box-shadow:inset 0 -2px 0 #1c7ed6}
.pair .side .foot{margin-top:auto;padding:4px 10px 8px;font-size:12px}
.pair-meta{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;color:var(--ink-2)}
.related-list{margin:6px 0;padding-left:18px}

/* draft */
.draft{display:grid;grid-template-columns:minmax(0,1.12fr) minmax(0,1fr);gap:0;height:calc(100vh - 56px)}
.draft .form{position:relative;overflow:auto;padding:14px 18px 0;border-right:1px solid var(--line)}
.draft .out{position:relative;overflow:auto;padding:14px 18px 40px;background:#fff}
.draft .bar{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:0 0 12px}
.draft h2{font-size:17px;margin:0}
.draft .go-bar{position:sticky;bottom:0;z-index:2;background:var(--bg);margin:0 -18px;padding:10px 18px;border-top:1px solid var(--line);box-shadow:0 -6px 10px -8px rgba(0,0,0,.2)}
.draft fieldset{border:1px solid var(--line);border-radius:6px;background:#fff;margin:0 0 12px;padding:10px 14px 12px}
.draft legend{font-weight:600;padding:0 6px;color:var(--red-dark)}
.row{display:flex;gap:12px;flex-wrap:wrap}
.row .field{flex:1 1 150px}
.row .field input,.row .field select{width:100%}
table.grid{width:100%;border-collapse:collapse;font-size:13px}
table.grid th{font-weight:600;color:var(--muted);text-align:left;padding:3px 4px;border-bottom:1px solid var(--line);white-space:nowrap}
table.grid td{padding:3px 4px;vertical-align:top}
table.grid input{width:100%}
table.grid td.num,table.grid th.num{text-align:right}
table.grid input.num{text-align:right;font-variant-numeric:tabular-nums}
table.grid td.calc-cell{text-align:right;white-space:nowrap;color:var(--ink-2);padding-top:7px;font-variant-numeric:tabular-nums}
table.grid tfoot td{border-top:1px solid var(--line);padding-top:5px;font-weight:600}
table.grid .del{border:0;background:none;color:var(--faint);cursor:pointer;font-size:16px;line-height:1;padding:4px 6px}
table.grid .del:hover{color:var(--err)}
.check-line{font-size:13px;margin:6px 0 0;display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.check-line.ok{color:var(--ok)}.check-line.bad{color:var(--err)}.check-line.warn{color:var(--warn)}.check-line.idle{color:var(--muted)}
.hl-card{border:1px solid var(--line-2);border-radius:6px;padding:8px 10px;margin:0 0 8px;background:#fcfcfd}
.hl-card .hl-head{display:flex;gap:8px;align-items:center}
.hl-card .hl-head input{flex:1}
.hl-card textarea{margin-top:6px;min-height:56px}
.sections-pick{display:grid;grid-template-columns:1fr 1fr;gap:2px 14px}
.sections-pick label{display:flex;gap:6px;align-items:baseline;font-weight:400;cursor:pointer}
.sections-pick .need{font-size:12px;color:var(--muted)}
.sec-card{border:1px solid var(--line);border-radius:6px;margin:0 0 12px;overflow:hidden}
.sec-card .sec-head{display:flex;gap:8px;align-items:center;padding:6px 10px;background:#f7f8fa;border-bottom:1px solid var(--line);flex-wrap:wrap}
.sec-card .sec-head h3{font-size:14px;margin:0}
.sec-card .sec-head .badges{margin-left:auto;display:flex;gap:4px;flex-wrap:wrap}
.sec-card textarea{border:0;border-radius:0;font:15px/1.9 var(--doc);padding:10px 14px;min-height:120px;display:block;resize:vertical;overflow:hidden}
.sec-card textarea:focus{box-shadow:inset 0 0 0 2px rgba(140,28,19,.35)}
.sec-card .sec-findings{border-top:1px solid var(--line-2);padding:6px 10px;font-size:13px;background:#fffdf8}
.sec-card .sec-findings li{margin:2px 0}
.sec-card .sec-findings button{font-size:13px}
.out .placeholder{color:var(--muted);border:1px dashed var(--line);border-radius:6px;padding:30px;text-align:center;margin-top:10px}
.notes{font-size:13px}

/* print: only the findings report */
#print-report{display:none}
main{position:relative}
@media print{
  body{background:#fff}
  body>*:not(#print-report){display:none !important}
  #print-report{display:block;font:12pt/1.6 var(--ui);color:#000}
  #print-report h1{font-size:18pt;text-align:center;margin:0 0 6pt}
  #print-report .meta{text-align:center;color:#333;margin:0 0 12pt}
  #print-report table{width:100%;border-collapse:collapse;font-size:10.5pt}
  #print-report th,#print-report td{border:1px solid #888;padding:3pt 5pt;vertical-align:top;text-align:left}
  #print-report th{background:#eee}
  #print-report tr{break-inside:avoid}
  #print-report .q{font-family:var(--doc);color:#333}
}

/* smaller screens: 1366 and below keep three panes; narrow ones stack */
@media (max-width:1280px){.panes{grid-template-columns:180px minmax(0,1fr) 350px}.paper{padding:30px 36px 50px}}
@media (max-width:980px){
  .panes{grid-template-columns:1fr;height:auto}.result{height:auto}.outline{display:none}.pane{overflow:visible}
  .draft{grid-template-columns:1fr;height:auto}.draft .form,.draft .out{overflow:visible}
  .setup .grid2{grid-template-columns:1fr}
}
@media (min-width:1800px){.panes{grid-template-columns:260px minmax(0,1fr) 460px}.paper{max-width:900px}}
`;
