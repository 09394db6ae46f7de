{{%AUTOESCAPE context="HTML"}}<link rel="stylesheet" href="/static/vendor/quill/quill.snow.css">
<script src="/static/vendor/quill/quill.js" defer></script>
<script src="/static/js/admin-editor.js" defer></script>
<script src="/static/js/admin-picker.js" defer></script>
<h1>{{HEADING}}</h1>
{{#HAS_STATUS}}<p>Trạng thái: <span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> · <a href="{{HISTORY_URL}}">Lịch sử sửa đổi</a>{{#IS_PUBLISHED}} · <a href="{{PUBLIC_URL}}">Xem trên cổng</a>{{/IS_PUBLISHED}}</p>{{/HAS_STATUS}}
{{#HAS_LAST_REASON}}<div class="alert" role="alert"><p><strong>Lý do:</strong> {{LAST_REASON}}</p><p><strong>Ghi chú:</strong> {{LAST_NOTE}}</p></div>{{/HAS_LAST_REASON}}
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#ERROR}}<p class="alert">{{ERROR_TEXT}}</p>{{/ERROR}}
<form method="post" action="{{ACTION}}" class="form editor-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#READ_ONLY}}<p class="notice">Bạn chỉ xem được bài viết này ở trạng thái hiện tại.</p>{{/READ_ONLY}}
  <p class="field"><label for="tieu_de">Tiêu đề</label><input id="tieu_de" name="tieu_de" type="text" value="{{TITLE}}" maxlength="500" required></p>
  <div class="field-row">
    <p class="field"><label for="chuyen_muc">Chuyên mục</label><select id="chuyen_muc" name="chuyen_muc">{{#CATEGORY}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORY}}</select></p>
    <p class="field"><label for="the_loai">Thể loại</label><select id="the_loai" name="the_loai"><option value="">(không chọn)</option>{{#GENRE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GENRE}}</select></p>
  </div>
  <p class="field"><label for="tom_tat">Tóm tắt</label><textarea id="tom_tat" name="tom_tat" rows="3" maxlength="2000">{{SUMMARY}}</textarea></p>
  <div class="field"><label for="noi_dung">Nội dung</label><textarea id="noi_dung" name="noi_dung" rows="16" class="rich-text">{{BODY}}</textarea>
    <span class="hint">Có thể dán văn bản từ Word; hệ thống tự làm sạch định dạng khi lưu.</span></div>
  <p class="field"><label for="tac_gia">Tác giả (hiển thị cuối bài)</label><input id="tac_gia" name="tac_gia" type="text" value="{{AUTHOR}}" maxlength="255"></p>
  <fieldset class="fieldset media-fields" data-media-fields data-picker="{{PICKER_JSON}}">
    <legend>Ảnh đại diện và bộ ảnh của bài</legend>
    <p class="hint">Ảnh lấy từ <a href="{{ADMIN}}/thu-vien-anh">Thư viện media</a> và phải có mô tả (alt). Khi chọn ảnh qua trang chọn ảnh, những gì đã sửa mà chưa lưu sẽ không được giữ: hãy lưu bài trước.</p>
    <div class="field" data-cover>
      <label for="anh_dai_dien">Mã ảnh đại diện</label>
      <input id="anh_dai_dien" name="anh_dai_dien" type="text" inputmode="numeric" value="{{COVER_ID}}" maxlength="10" data-cover-input>
      <div class="picked" data-cover-preview>{{#COVER}}<img src="{{THUMB}}" alt="{{ALT}}" width="160" height="120"><span>{{PICTURE_TITLE}}</span>{{/COVER}}{{#NO_COVER}}<span>Chưa chọn ảnh đại diện.</span>{{/NO_COVER}}</div>
      <p class="actions"><a class="button secondary" href="{{PICK_COVER_URL}}" data-pick-cover>Chọn ảnh đại diện</a></p>
    </div>
    <div class="field" data-gallery>
      <label for="anh_album">Bộ ảnh trong bài (mã ảnh theo thứ tự, cách nhau bởi dấu phẩy)</label>
      <input id="anh_album" name="anh_album" type="text" value="{{GALLERY_IDS}}" maxlength="1000" data-gallery-input>
      <ol class="gallery-list" data-gallery-list>{{#PHOTO}}<li data-id="{{ID}}" data-title="{{PICTURE_TITLE}}"><img src="{{THUMB}}" alt="{{ALT}}" width="96" height="72"><span>{{ID}} · {{PICTURE_TITLE}}</span></li>{{/PHOTO}}</ol>
      <p class="actions"><a class="button secondary" href="{{PICK_PHOTO_URL}}" data-pick-photo>Thêm ảnh từ thư viện</a></p>
    </div>
  </fieldset>
  <fieldset class="fieldset">
    <legend>Đăng lại tin, bài (ghi rõ nguồn)</legend>
    <p class="field"><label for="nguon">Nguồn</label><input id="nguon" name="nguon" type="text" value="{{SOURCE}}" maxlength="255"></p>
    <p class="field"><label for="nguon_tac_gia">Tác giả bài gốc</label><input id="nguon_tac_gia" name="nguon_tac_gia" type="text" value="{{SOURCE_AUTHOR}}" maxlength="255"></p>
    <p class="field"><label for="nguon_url">Địa chỉ bài gốc</label><input id="nguon_url" name="nguon_url" type="url" value="{{SOURCE_URL}}" maxlength="1000"></p>
  </fieldset>
  <fieldset class="fieldset">
    <legend>Đánh dấu</legend>
    <p><label><input type="checkbox" name="ngoai_ke_hoach" value="1"{{#OUTSIDE_PLAN}} checked{{/OUTSIDE_PLAN}}> Ngoài kế hoạch hoạt động (Trưởng ban duyệt)</label></p>
    <p><label><input type="checkbox" name="quang_cao" value="1"{{#PAID}} checked{{/PAID}}> Thông tin quảng cáo cho đơn vị khác (Trưởng ban duyệt)</label></p>
    <p><label><input type="checkbox" name="noi_bat" value="1"{{#FEATURED}} checked{{/FEATURED}}> Tin nổi bật trên trang chủ</label></p>
  </fieldset>
  {{#CAN_APPROVE}}<p class="field"><label for="dang_luc">Thời điểm đăng (để trống: đăng ngay)</label><input id="dang_luc" name="dang_luc" type="datetime-local" value="{{PUBLISH_AT}}"></p>{{/CAN_APPROVE}}
  <div class="actions">
    {{#BUTTON}}<button type="submit" name="thao_tac" value="{{VALUE}}" class="button">{{LABEL}}</button>{{/BUTTON}}
  </div>
  {{#NEEDS_REASON}}<fieldset class="fieldset reason-box">
    <legend>Trả lại hoặc gỡ bài</legend>
    <p class="field"><label for="ly_do">Lý do (Quy chế, Điều 13.3)</label><select id="ly_do" name="ly_do"><option value="">(chọn lý do)</option>{{#REASON}}<option value="{{VALUE}}">{{VALUE}}) {{LABEL}}</option>{{/REASON}}</select></p>
    <p class="field"><label for="ghi_chu">Ghi chú cho tác giả</label><textarea id="ghi_chu" name="ghi_chu" rows="3" maxlength="2000"></textarea></p>
    {{#REASON_BUTTON}}<button type="submit" name="thao_tac" value="{{VALUE}}" class="button danger">{{LABEL}}</button>{{/REASON_BUTTON}}
  </fieldset>{{/NEEDS_REASON}}
</form>
{{#HAS_EVENTS}}<section class="panel">
  <h2>Các bước xử lý</h2>
  <ol class="events">
    {{#EVENT}}<li><time>{{AT}}</time> · <strong>{{WHO}}</strong>: {{WHAT}} → {{TO}}{{#HAS_REASON}}<br>Lý do: {{REASON}}{{/HAS_REASON}}{{#HAS_NOTE}}<br>Ghi chú: {{NOTE}}{{/HAS_NOTE}}</li>{{/EVENT}}
  </ol>
</section>{{/HAS_EVENTS}}
