{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">← Thư viện tài liệu</a></p>
<article class="panel">
  <h1>{{TITLE}}</h1>
  <p><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> {{VISIBILITY}}{{#IS_PUBLIC}} · <a href="{{PUBLIC_URL}}">Xem trên thư viện công khai</a>{{/IS_PUBLIC}}</p>
  {{#HAS_RETURN_NOTE}}<p class="alert">Lý do trả lại: {{RETURN_NOTE}}</p>{{/HAS_RETURN_NOTE}}
  <dl class="meta"><dt>Loại</dt><dd>{{KIND}}</dd><dt>Môn học</dt><dd>{{SUBJECT}}</dd><dt>Khối lớp</dt><dd>{{GRADE}}</dd><dt>Tác giả</dt><dd>{{AUTHOR}}</dd><dt>Năm học</dt><dd>{{YEAR}}</dd></dl>
  <p>{{SUMMARY}}</p>
  <h2>Tệp</h2><ul>{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</li>{{/FILE}}</ul>
</article>
{{#CAN_REVIEW}}<section class="panel"><h2>Duyệt tài liệu</h2>
  <form method="post" action="{{APPROVE_URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button">Duyệt</button></form>
  <form method="post" action="{{RETURN_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}">
    <p class="field"><label for="ghi_chu">Lý do trả lại</label><input id="ghi_chu" name="ghi_chu" type="text" maxlength="1000"></p>
    <button type="submit" class="button danger">Trả lại</button></form>
</section>{{/CAN_REVIEW}}
