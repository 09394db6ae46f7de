{{%AUTOESCAPE context="HTML"}}<link rel="stylesheet" href="/static/vendor/quill/quill.snow.css">
<script src="/static/vendor/quill/quill.js" defer></script>
<script src="/static/js/admin-editor.js" defer></script>
<h1>Đăng tin nội bộ</h1>
<p class="hint">Tin được lãnh đạo đơn vị duyệt trước khi hiện trên cổng nội bộ (Quy chế, Điều 15.2).</p>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<form method="post" action="{{ACTION}}" class="form editor-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset class="fieldset"><legend>Loại</legend>{{#KIND}}<label class="inline"><input type="radio" name="loai" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label> {{/KIND}}</fieldset>
  <p class="field"><label for="tieu_de">Tiêu đề</label><input id="tieu_de" name="tieu_de" type="text" value="{{TITLE}}" maxlength="500" required></p>
  <div class="field"><label for="noi_dung">Nội dung</label><textarea id="noi_dung" name="noi_dung" rows="10" class="rich-text">{{BODY}}</textarea></div>
  <div class="field-row">
    <p class="field"><label for="thoi_gian">Thời gian (lịch công tác)</label><input id="thoi_gian" name="thoi_gian" type="datetime-local" value="{{STARTS_AT}}"></p>
    <p class="field"><label for="dia_diem">Địa điểm (lịch công tác)</label><input id="dia_diem" name="dia_diem" type="text" value="{{PLACE}}" maxlength="255"></p>
  </div>
  {{#CAN_SHARE}}<p><label><input type="checkbox" name="chia_se" value="1"{{#SHARED}} checked{{/SHARED}}> Chia sẻ cho cán bộ mọi đơn vị trực thuộc</label></p>{{/CAN_SHARE}}
  <div class="actions"><button type="submit" class="button">Gửi duyệt</button></div>
</form>
