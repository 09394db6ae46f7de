{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">← Thư viện media</a></p>
<h1>{{TITLE}}</h1>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
{{#IS_IMAGE}}<figure class="media-preview"><img src="{{PREVIEW}}" srcset="{{SRCSET}}" sizes="(max-width: 700px) 100vw, 640px" alt="{{ALT_SHOWN}}" width="{{WIDTH}}" height="{{HEIGHT}}"></figure>{{/IS_IMAGE}}
<dl class="facts">
  <dt>Loại</dt><dd>{{KIND_LABEL}} ({{MIME}})</dd>
  <dt>Tên tệp gốc</dt><dd>{{ORIGINAL}}</dd>
  <dt>Dung lượng</dt><dd>{{SIZE}}</dd>
  {{#IS_IMAGE}}<dt>Kích thước</dt><dd>{{WIDTH}} × {{HEIGHT}} điểm ảnh</dd>{{/IS_IMAGE}}
  <dt>Người tải lên</dt><dd>{{UPLOADER}}</dd>
  <dt>Ngày tải lên</dt><dd>{{CREATED}}</dd>
  <dt>Địa chỉ tệp</dt><dd><a href="{{FILE_URL}}">{{FILE_URL}}</a></dd>
  <dt>Mã SHA-256</dt><dd><code class="sha">{{SHA}}</code></dd>
</dl>
{{#CAN_EDIT}}<form method="post" action="{{ACTION}}" class="form panel">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <h2>Sửa thông tin</h2>
  <p class="field"><label for="tieu_de">Tiêu đề</label><input id="tieu_de" name="tieu_de" type="text" value="{{TITLE_VALUE}}" maxlength="200">{{#HAS_ERROR_tieu_de}}<span class="field-error">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  {{#IS_IMAGE}}<p class="field"><label for="mo_ta">Mô tả ảnh (alt)</label><input id="mo_ta" name="mo_ta" type="text" value="{{ALT}}" maxlength="255" aria-describedby="mo-ta-goi-y"><span class="hint" id="mo-ta-goi-y">Bắt buộc trước khi ảnh được dùng trên trang công khai.</span>{{#HAS_ERROR_mo_ta}}<span class="field-error">{{ERROR_mo_ta}}</span>{{/HAS_ERROR_mo_ta}}</p>{{/IS_IMAGE}}
  <div class="actions"><button type="submit" class="button">Lưu</button></div>
</form>{{/CAN_EDIT}}
<section class="panel">
  <h2>Đang được dùng ở</h2>
  {{#UNUSED}}<p>Chưa được dùng ở đâu.</p>{{/UNUSED}}
  <ul>{{#USE}}<li>{{WHERE}}: {{#HAS_LINK}}<a href="{{LINK}}">{{NAME}}</a>{{/HAS_LINK}}{{#NO_LINK}}{{NAME}}{{/NO_LINK}}</li>{{/USE}}</ul>
</section>
{{#CAN_DELETE}}<form method="post" action="{{DELETE_URL}}" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="hint">Chỉ xóa được tệp chưa được dùng ở đâu.</p>
  <button type="submit" class="button danger">Xóa khỏi thư viện</button>
</form>{{/CAN_DELETE}}
