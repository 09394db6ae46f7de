{{%AUTOESCAPE context="HTML"}}<h1>Tin gửi lên</h1>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
{{#ACCEPT}}<section class="panel" aria-labelledby="tin-cho">
  <h2 id="tin-cho">Tin các đơn vị gửi lên</h2>
  <p class="hint">Nhận tin: tin thành bài mới của Phòng, chờ thư ký trong quy trình duyệt, ghi nguồn là đơn vị gửi (tin đăng lại do Trưởng ban duyệt).</p>
  {{#NO_INCOMING}}<p class="empty">Chưa có tin nào.</p>{{/NO_INCOMING}}
  {{#INCOMING}}<article class="article-row proposal">
    <h3 class="row-title"><a href="{{ORIGIN_URL}}">{{TITLE}}</a></h3>
    <p class="row-meta">{{FROM}} · {{BY}} · gửi {{AT}}</p>
    <p>{{SUMMARY}}</p>
    {{#HAS_NOTE}}<p><strong>Ghi chú của đơn vị:</strong> {{NOTE}}</p>{{/HAS_NOTE}}
    <form method="post" action="{{ACCEPT_URL}}" class="form inline-form">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <p class="field"><label for="chuyen_muc_{{ID}}">Chuyên mục</label><select id="chuyen_muc_{{ID}}" name="chuyen_muc">{{#CATEGORY}}<option value="{{VALUE}}">{{LABEL}}</option>{{/CATEGORY}}</select></p>
      <button type="submit" class="button">Nhận tin</button>
    </form>
    <form method="post" action="{{RETURN_URL}}" class="form inline-form">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <p class="field"><label for="ly_do_{{ID}}">Lý do trả lại</label><input id="ly_do_{{ID}}" name="ly_do" type="text" maxlength="1000"></p>
      <button type="submit" class="button danger">Trả lại</button>
    </form>
  </article>{{/INCOMING}}
  <ul class="article-rows">{{#DECIDED}}<li class="article-row"><a class="row-title" href="{{ORIGIN_URL}}">{{TITLE}}</a><span class="row-meta">{{FROM}} · <span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> {{DECIDED}}{{#HAS_OFFICE}} · <a href="{{OFFICE_URL}}">bài của Phòng</a>{{/HAS_OFFICE}}{{#HAS_REASON}} · Lý do: {{REASON}}{{/HAS_REASON}}</span></li>{{/DECIDED}}</ul>
</section>{{/ACCEPT}}
{{#PROPOSE}}<section class="panel" aria-labelledby="gui-len">
  <h2 id="gui-len">Gửi tin đã đăng lên {{PARENT_NAME}}</h2>
  <ul class="article-rows">{{#ARTICLE}}<li class="article-row"><span class="row-title">{{TITLE}}</span><span class="row-meta">Đăng {{AT}}{{#SENT}} · {{SENT_LABEL}}{{/SENT}}</span>
    {{#CAN_SEND}}<form method="post" action="{{ACTION}}" class="form">
      <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="bai_viet" value="{{ID}}">
      <p class="field"><label for="ghi_chu_{{ID}}">Ghi chú cho Phòng (không bắt buộc)</label><input id="ghi_chu_{{ID}}" name="ghi_chu" type="text" maxlength="1000"></p>
      <button type="submit" class="button secondary">Gửi lên Phòng</button>
    </form>{{/CAN_SEND}}</li>{{/ARTICLE}}</ul>
</section>
{{#HAS_MINE}}<section class="panel"><h2>Tin đã gửi</h2><ul class="article-rows">{{#MINE}}<li class="article-row"><span class="row-title">{{TITLE}}</span><span class="row-meta"><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> gửi {{AT}} · {{BY}}{{#HAS_REASON}} · Lý do: {{REASON}}{{/HAS_REASON}}</span></li>{{/MINE}}</ul></section>{{/HAS_MINE}}{{/PROPOSE}}
