{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">← Quay lại biểu mẫu</a></p>
<h1>Chọn ảnh từ thư viện</h1>
<p class="hint">{{PURPOSE}} Ảnh chưa có mô tả (alt) phải được bổ sung mô tả trước khi dùng.</p>
<form method="get" action="{{PICKER_URL}}" class="form inline-form media-filter" role="search" aria-label="Tìm ảnh">
  <input type="hidden" name="muc-dich" value="{{PURPOSE_CODE}}"><input type="hidden" name="ve" value="{{RETURN}}">
  <p class="field"><label for="q">Tên ảnh</label><input id="q" name="q" type="search" value="{{QUERY}}" maxlength="100"></p>
  <p class="actions"><button type="submit" class="button secondary">Tìm</button></p>
</form>
{{#EMPTY}}<p class="empty">Không có ảnh nào. <a href="{{LIBRARY_URL}}">Tải ảnh lên thư viện media</a>.</p>{{/EMPTY}}
<ul class="media-grid">{{#ITEM}}<li class="media-card">
  <img src="{{THUMB}}" alt="" width="160" height="120" loading="lazy">
  <span class="row-title">{{TITLE}}</span>
  {{#CAN_PICK}}<a class="button" href="{{PICK_URL}}">Chọn ảnh này<span class="visually-hidden">: {{TITLE}}</span></a>{{/CAN_PICK}}
  {{#NEEDS_ALT}}<span class="row-meta"><strong class="tag">Chưa có mô tả</strong> <a href="{{ITEM_URL}}">Nhập mô tả<span class="visually-hidden"> cho {{TITLE}}</span></a></span>{{/NEEDS_ALT}}
</li>{{/ITEM}}</ul>
{{#HAS_MORE}}<nav aria-label="Trang"><p class="actions"><a class="button secondary" href="{{MORE_URL}}">Trang sau</a></p></nav>{{/HAS_MORE}}
