{{%AUTOESCAPE context="HTML"}}<h1>Thư viện media</h1>
<p class="hint">Ảnh, video và tài liệu dùng trong bài viết, album và trang của đơn vị. Ảnh cần có mô tả (alt) trước khi dùng trên trang công khai.</p>
{{#HAS_MESSAGE}}<div class="alert" role="alert">{{#MESSAGE}}<p>{{TEXT}}</p>{{/MESSAGE}}</div>{{/HAS_MESSAGE}}
{{#HAS_NOTICE}}<div class="notice" role="status">{{#NOTICE}}<p>{{TEXT}}</p>{{/NOTICE}}</div>{{/HAS_NOTICE}}
{{#CAN_UPLOAD}}<form method="post" action="{{ACTION}}" enctype="multipart/form-data" class="form panel">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <h2>Tải lên</h2>
  <p class="field"><label for="tep">Tệp (chọn được nhiều tệp)</label><input id="tep" name="tep" type="file" multiple accept="image/jpeg,image/png,image/webp,image/gif,.pdf,.doc,.docx,.xls,.xlsx,video/mp4" aria-describedby="tep-goi-y"><span class="hint" id="tep-goi-y">Ảnh JPEG, PNG, WebP, GIF tối đa 10 MB; tài liệu PDF, DOC, DOCX, XLS, XLSX và video MP4 tối đa 20 MB.</span></p>
  <p class="field"><label for="tieu_de">Tiêu đề (để trống: lấy tên tệp)</label><input id="tieu_de" name="tieu_de" type="text" value="{{TITLE}}" maxlength="200">{{#HAS_ERROR_tieu_de}}<span class="field-error">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <p class="field"><label for="mo_ta">Mô tả ảnh (alt, cho người không xem được ảnh)</label><input id="mo_ta" name="mo_ta" type="text" value="{{ALT}}" maxlength="255" aria-describedby="mo-ta-goi-y"><span class="hint" id="mo-ta-goi-y">Ví dụ: “Học sinh Trường Tiểu học Kim Đồng trồng cây đầu xuân”. Bắt buộc trước khi ảnh được dùng trên trang công khai.</span>{{#HAS_ERROR_mo_ta}}<span class="field-error">{{ERROR_mo_ta}}</span>{{/HAS_ERROR_mo_ta}}</p>
  <div class="actions"><button type="submit" class="button">Tải lên</button></div>
</form>{{/CAN_UPLOAD}}
<form method="get" action="{{LIST_URL}}" class="form inline-form media-filter" role="search" aria-label="Tìm trong thư viện media">
  <p class="field"><label for="loai">Loại</label><select id="loai" name="loai">{{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></p>
  <p class="field"><label for="q">Tên</label><input id="q" name="q" type="search" value="{{QUERY}}" maxlength="100"></p>
  <p class="actions"><button type="submit" class="button secondary">Lọc</button></p>
</form>
{{#EMPTY}}<p class="empty">Không có tệp nào.</p>{{/EMPTY}}
<ul class="media-grid">{{#ITEM}}<li class="media-card">
  {{#HAS_THUMB}}<img src="{{THUMB}}" alt="" width="160" height="120" loading="lazy">{{/HAS_THUMB}}{{#NO_THUMB}}<span class="media-icon" aria-hidden="true">{{EXT}}</span>{{/NO_THUMB}}
  <a class="row-title" href="{{URL}}">{{TITLE}}</a>
  <span class="row-meta">{{KIND_LABEL}} · {{SIZE}}{{#NEEDS_ALT}} · <strong class="tag">Chưa có mô tả</strong>{{/NEEDS_ALT}}</span>
</li>{{/ITEM}}</ul>
{{#HAS_MORE}}<nav aria-label="Trang"><p class="actions">{{#HAS_FIRST}}<a class="button secondary" href="{{FIRST_URL}}">Trang đầu</a> {{/HAS_FIRST}}<a class="button secondary" href="{{MORE_URL}}">Trang sau</a></p></nav>{{/HAS_MORE}}
{{#ONLY_FIRST}}<nav aria-label="Trang"><p class="actions"><a class="button secondary" href="{{FIRST_URL}}">Trang đầu</a></p></nav>{{/ONLY_FIRST}}
