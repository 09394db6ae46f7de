{{%AUTOESCAPE context="HTML"}}<h1>Tra cứu điểm thi</h1>
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_ERROR}}
{{#EMPTY}}<p class="empty">Chưa có kỳ thi nào.</p>{{/EMPTY}}
<ul class="article-rows">{{#EXAM}}<li class="article-row"><a class="row-title" href="{{URL}}">{{NAME}}</a><span class="row-meta">Mã {{CODE}} · {{COUNT}} thí sinh · mở tra cứu: {{OPENS}} · đóng: {{CLOSES}}</span></li>{{/EXAM}}</ul>
{{#CAN_MANAGE}}<section class="panel" aria-labelledby="ky-thi-moi"><h2 id="ky-thi-moi">Thêm kỳ thi</h2>
<form method="post" action="{{ADMIN}}/tra-cuu-diem" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field-row">
    <div class="field"><label for="ma">Mã kỳ thi (chữ thường, số, gạch ngang)</label><input type="text" id="ma" name="ma" value="{{MA}}" maxlength="32" required></div>
    <div class="field"><label for="ten">Tên kỳ thi</label><input type="text" id="ten" name="ten" value="{{TEN}}" maxlength="255" required></div>
  </div>
  <p><button type="submit" class="button">Thêm</button></p>
</form></section>{{/CAN_MANAGE}}
