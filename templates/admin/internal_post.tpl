{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">← Cổng nội bộ</a></p>
<article class="panel">
  <p class="row-meta">{{KIND_LABEL}} · {{SITE}} · {{AUTHOR}} · {{CREATED}} · <span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span>{{#SHARED}} · <span class="tag">Chia sẻ toàn ngành</span>{{/SHARED}}</p>
  <h1>{{TITLE}}</h1>
  {{#HAS_WHEN}}<p><strong>Thời gian:</strong> {{WHEN}}{{#HAS_PLACE}} · <strong>Địa điểm:</strong> {{PLACE}}{{/HAS_PLACE}}</p>{{/HAS_WHEN}}
  {{#HAS_RETURN_NOTE}}<p class="alert">Lý do trả lại: {{RETURN_NOTE}}</p>{{/HAS_RETURN_NOTE}}
  <div class="body">{{BODY:none}}</div>
</article>
{{#CAN_REVIEW}}<section class="panel"><h2>Duyệt tin</h2>
  <form method="post" action="{{APPROVE_URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button">Duyệt đăng</button></form>
  <form method="post" action="{{RETURN_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}">
    <p class="field"><label for="ghi_chu">Lý do trả lại</label><input id="ghi_chu" name="ghi_chu" type="text" maxlength="1000"></p>
    <button type="submit" class="button danger">Trả lại</button></form>
</section>{{/CAN_REVIEW}}
