/** Markup of the 起草 (draft) tab: the figures and highlights form on the left, drafted sections on the right. */
export const DRAFT_MARKUP = `
<section id="panel-draft" role="tabpanel" aria-labelledby="tab-draft" hidden>
 <div class="draft">
  <form class="form" id="df-form" novalidate aria-label="起草数据">
   <div class="bar">
     <h2>起草章节</h2>
     <button type="button" class="btn small" id="df-import">导入数据文件…</button>
     <input type="file" id="df-import-file" accept=".json,application/json" hidden aria-label="导入数据文件（JSON）">
     <button type="button" class="btn small" id="df-export">导出数据文件</button>
     <button type="button" class="btn small" id="df-save">保存全部填写内容</button>
     <button type="button" class="btn small link" id="df-clear">清空</button>
   </div>
   <p class="muted small" style="margin:-6px 0 10px">填写本部门的预算、执行和绩效数据（可导入 figures JSON 数据文件），合计与比率会随填随算；再写几条年度工作要点，点击“开始起草”。金额按原样保存，不做四舍五入。</p>
   <div id="df-import-msg" aria-live="polite"></div>

   <fieldset><legend>基本信息</legend>
    <div class="row">
     <div class="field" style="flex:3 1 260px"><label for="f-department">部门名称</label><input id="f-department" type="text" autocomplete="organization" placeholder="如：××区××局"></div>
     <div class="field" style="flex:1 1 90px"><label for="f-year">年度</label><input id="f-year" type="number" min="1990" max="2100" step="1" placeholder="2021"></div>
     <div class="field" style="flex:1 1 90px"><label for="f-unit">金额单位</label><select id="f-unit"><option>万元</option><option>元</option><option>亿元</option></select></div>
     <div class="field" style="flex:1 1 100px"><label for="o-self">单位自称</label><select id="o-self"><option>我部门</option><option>我单位</option><option>我局</option><option>我委</option><option>我会</option></select></div>
    </div>
   </fieldset>

   <fieldset><legend>预算与执行</legend>
    <div class="row">
     <div class="field"><label for="f-initial">年初预算数 <span class="muted small">（可选）</span></label><input id="f-initial" class="num amount" type="text" inputmode="decimal"></div>
     <div class="field"><label for="f-adjusted">调整后预算数</label><input id="f-adjusted" class="num amount" type="text" inputmode="decimal"></div>
     <div class="field"><label for="f-execution">全年执行数</label><input id="f-execution" class="num amount" type="text" inputmode="decimal"></div>
    </div>
    <p class="check-line idle" id="c-rate" aria-live="polite"></p>
   </fieldset>

   <fieldset><legend>支出按功能分类</legend>
    <table class="grid" id="t-function"><thead><tr><th>功能分类名称</th><th class="num">金额（<span class="u">万元</span>）</th><th class="num">占执行数</th><th><span class="sr-only">删除</span></th></tr></thead>
     <tbody></tbody><tfoot><tr><td>合计</td><td class="calc-cell" id="s-function">—</td><td></td><td></td></tr></tfoot></table>
    <button type="button" class="btn small link" data-add="function">＋ 添加一行</button>
    <p class="check-line idle" id="c-function" aria-live="polite"></p>
   </fieldset>

   <fieldset><legend>支出按性质分类</legend>
    <div class="row">
     <div class="field"><label for="f-basic">基本支出</label><input id="f-basic" class="num amount" type="text" inputmode="decimal"></div>
     <div class="field"><label for="f-project">项目支出</label><input id="f-project" class="num amount" type="text" inputmode="decimal"></div>
    </div>
    <p class="check-line idle" id="c-nature" aria-live="polite"></p>
   </fieldset>

   <fieldset><legend>重点项目</legend>
    <table class="grid" id="t-projects"><thead><tr><th>项目名称</th><th class="num">预算数</th><th class="num">执行数</th><th class="num">执行率</th><th><span class="sr-only">删除</span></th></tr></thead>
     <tbody></tbody><tfoot><tr><td>合计</td><td class="calc-cell" id="s-proj-budget">—</td><td class="calc-cell" id="s-proj-exec">—</td><td class="calc-cell" id="s-proj-rate"></td><td></td></tr></tfoot></table>
    <button type="button" class="btn small link" data-add="projects">＋ 添加项目</button>
    <p class="check-line idle" id="c-projects" aria-live="polite"></p>
   </fieldset>

   <fieldset><legend>绩效指标</legend>
    <table class="grid" id="t-indicators"><thead><tr><th>所属任务 <span class="muted small">（可选）</span></th><th>指标名称</th><th>目标值</th><th>实际完成值</th><th>对比</th><th><span class="sr-only">删除</span></th></tr></thead><tbody></tbody></table>
    <button type="button" class="btn small link" data-add="indicators">＋ 添加指标</button>
    <p class="check-line idle" id="c-indicators" aria-live="polite"></p>
   </fieldset>

   <fieldset><legend>自评结果</legend>
    <div class="row">
     <div class="field"><label for="f-score">自评得分</label><input id="f-score" class="num" type="text" inputmode="decimal" placeholder="如 91.82"></div>
     <div class="field"><label for="f-rating">自评等级</label><select id="f-rating"><option value="">（未填）</option><option>优</option><option>良</option><option>中</option><option>差</option></select></div>
    </div>
    <p class="check-line idle" id="c-rating" aria-live="polite"></p>
   </fieldset>

   <fieldset><legend>年度工作要点（用于“主要工作成效”）</legend>
    <p class="muted small" style="margin:0 0 8px">每条写一句概括语（四到八字一组，如“把牢主轴、增强定力”）和具体做法；有数字的，写在“数字”里，草稿只会使用这里和上面填写的数字。</p>
    <div id="df-highlights"></div>
    <button type="button" class="btn small" id="df-add-highlight">＋ 添加工作要点</button>
   </fieldset>

   <fieldset><legend>问题与措施提示（可选，每行一条）</legend>
    <div class="row">
     <div class="field"><label for="df-problems">存在的问题</label><textarea id="df-problems" rows="3" placeholder="如：绩效目标设置还不够细化"></textarea></div>
     <div class="field"><label for="df-measures">改进措施</label><textarea id="df-measures" rows="3" placeholder="如：进一步细化量化绩效指标"></textarea></div>
    </div>
   </fieldset>

   <fieldset><legend>要起草的章节</legend>
    <div class="sections-pick" id="df-sections-pick"></div>
    <div class="row" style="margin-top:8px">
     <div class="field"><label for="o-style">“主要工作成效”写法</label><select id="o-style"><option value="">自动</option><option value="numbered">分小标题（1. 2. 3.）</option><option value="ordinal">一是……二是……</option></select></div>
     <div class="field"><label for="o-decimals">计算所得百分比</label><select id="o-decimals"><option value="2">保留两位小数</option><option value="1">保留一位小数</option></select></div>
     <div class="field"><label for="o-provider">起草方式</label><select id="o-provider"><option value="">自动（配置了模型时用模型）</option><option value="template">内置模板（不调用模型）</option><option value="llm">模型</option></select></div>
    </div>
   </fieldset>

   <div id="df-error" aria-live="assertive"></div>
   <div class="bar go-bar">
     <button type="submit" class="btn primary" id="df-go">开始起草</button>
     <span class="muted small" id="df-go-hint">草稿逐节生成，每个数字都与上面的数据核对。</span>
   </div>
  </form>

  <div class="out" id="df-out" aria-label="起草结果">
   <div class="bar">
     <h2>起草结果</h2>
     <button type="button" class="btn small" id="df-recheck" disabled>重新核对</button>
     <button type="button" class="btn small primary" id="df-docx" disabled>下载 Word（.docx）</button>
     <button type="button" class="btn small" id="df-copy" disabled>复制全文</button>
   </div>
   <div id="df-progress" class="progress" role="status" aria-live="polite"></div>
   <div id="df-out-error" aria-live="assertive"></div>
   <div id="df-summary"></div>
   <div id="df-sections"><div class="placeholder">填写左侧数据后点击“开始起草”，各节会在这里逐节出现；生成后可以直接修改，再点“重新核对”检查数字和重复。</div></div>
   <div id="df-notes" class="notes"></div>
  </div>
 </div>
</section>`;
