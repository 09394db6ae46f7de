{{%AUTOESCAPE context="HTML"}}<h1>Sửa mục lịch công tác</h1>
<p><a href="{{BACK_URL}}">Quay lại lịch tuần</a></p>
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{>ENTRY_FIELDS}}
  <div class="actions"><button type="submit" class="button">Lưu</button></div>
</form>
