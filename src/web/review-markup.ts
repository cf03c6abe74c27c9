/** Markup of the 审查 (review) tab: the upload form, then the document with its findings. */
export const REVIEW_MARKUP = `
<section id="panel-review" role="tabpanel" aria-labelledby="tab-review">
  <form id="rv-form" class="card setup" novalidate>
    <h2>审查绩效自评报告</h2>
    <p class="lead">上传报告，查找复制粘贴的段落、前后不一致或算错的数字，以及数字用法问题。文件只在本单位的服务上处理。</p>
    <div class="field">
      <span class="label" id="rv-file-label">报告文件（PDF、Word .docx / .doc 或 TXT）</span>
      <div id="rv-drop" class="drop" tabindex="0" role="button" aria-labelledby="rv-file-label" aria-describedby="rv-file-hint">
        <strong>点击选择文件，或把文件拖到这里</strong>
        <span id="rv-file-hint" class="muted small">最大 20 MB；扫描件需要先做文字识别（OCR）</span>
        <div id="rv-file-name" class="chosen" aria-live="polite"></div>
      </div>
      <input id="rv-file" name="file" type="file" accept=".pdf,.docx,.doc,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,text/plain" hidden>
    </div>
    <details id="rv-paste">
      <summary>没有文件？粘贴报告全文</summary>
      <div class="field" style="margin-top:8px">
        <label for="rv-text" class="sr-only">报告全文</label>
        <textarea id="rv-text" rows="8" placeholder="把报告全文粘贴到这里……（选了文件时以文件为准）"></textarea>
      </div>
    </details>
    <div class="optional">
      <h3>可选：与数据和其他报告比对</h3>
      <div class="grid2">
        <div class="field">
          <span class="label" id="rv-figures-label">数据文件（figures JSON）</span>
          <div class="filepick"><button type="button" class="btn small" data-pick="rv-figures" aria-describedby="rv-figures-label rv-figures-names">选择数据文件…</button><span class="names" id="rv-figures-names">未选择</span><button type="button" class="btn small link" data-clear="rv-figures" hidden>移除</button>
          <input id="rv-figures" type="file" accept=".json,application/json" hidden></div>
          <p class="hint">预算、执行、分类、项目、指标等数据；在“起草章节”页可以填写并导出。</p>
        </div>
        <div class="field">
          <span class="label" id="rv-against-label">参照报告（上年报告、其他部门报告，可多选）</span>
          <div class="filepick"><button type="button" class="btn small" data-pick="rv-against" aria-describedby="rv-against-label rv-against-names">选择参照报告…</button><span class="names" id="rv-against-names">未选择</span><button type="button" class="btn small link" data-clear="rv-against" hidden>移除</button>
          <input id="rv-against" type="file" multiple accept=".pdf,.docx,.txt,application/pdf,text/plain" hidden></div>
          <p class="hint">找出与这些报告雷同的段落。</p>
        </div>
      </div>
      <label id="rv-corpus-wrap" class="chip" hidden><input id="rv-corpus" type="checkbox"> <span id="rv-corpus-label">与报告库比对</span></label>
    </div>
    <div class="actions">
      <button id="rv-go" class="btn primary" type="submit">开始审查</button>
      <span class="muted small">一般几秒钟内完成；较大的 PDF 需要更久。</span>
    </div>
    <div id="rv-progress" class="progress" role="status" aria-live="polite"></div>
    <div id="rv-error" aria-live="assertive"></div>
  </form>

  <div id="rv-result" class="result" hidden>
    <div class="toolbar">
      <div class="doc-title" id="rv-title"></div>
      <button type="button" class="btn small" id="rv-new">审查其他报告</button>
      <button type="button" class="btn small" id="rv-dl-json">下载问题清单（JSON）</button>
      <button type="button" class="btn small" id="rv-dl-annotated" title="原报告（Word）中每个问题作为批注标在原文处">下载带批注的报告</button>
      <button type="button" class="btn small" id="rv-dl-docx">下载问题清单（Word）</button>
      <button type="button" class="btn small" id="rv-print">打印 / 另存为 PDF</button>
    </div>
    <div class="summary" id="rv-summary" aria-label="审查摘要"></div>
    <div id="rv-result-error" aria-live="assertive"></div>
    <div class="viewtabs" role="tablist" aria-label="结果视图">
      <button type="button" role="tab" id="rv-view-doc" aria-controls="rv-panes" aria-selected="true">正文与问题</button>
      <button type="button" role="tab" id="rv-view-claims" aria-controls="rv-claims" aria-selected="false">数字清单<span id="rv-claims-count"></span></button>
    </div>
    <section class="claims" id="rv-claims" role="tabpanel" aria-labelledby="rv-view-claims" hidden></section>
    <div class="panes" id="rv-panes" role="tabpanel" aria-labelledby="rv-view-doc">
      <nav class="pane outline" id="rv-outline" aria-label="章节目录"></nav>
      <div class="pane docpane" id="rv-docpane" tabindex="-1">
        <article class="paper" id="rv-doc" aria-label="报告正文"></article>
        <div class="legend" id="rv-legend"></div>
      </div>
      <aside class="pane findings" id="rv-findings" aria-label="问题清单"></aside>
    </div>
  </div>
</section>`;
