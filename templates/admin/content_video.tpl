{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p><a href="{{BACK_URL}}">Danh sách video</a>{{#HAS_PUBLIC}} · <a href="{{PUBLIC_URL}}">Xem trên cổng</a>{{/HAS_PUBLIC}}</p>
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form" enctype="multipart/form-data">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="tieu_de">Tên video</label><input id="tieu_de" name="tieu_de" type="text" value="{{F_TITLE}}" maxlength="255"{{#HAS_ERROR_tieu_de}} aria-invalid="true" aria-describedby="loi-tieu_de"{{/HAS_ERROR_tieu_de}} required>{{#HAS_ERROR_tieu_de}}<span class="field-error" id="loi-tieu_de">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <p class="field"><label for="mo_ta">Mô tả</label><textarea id="mo_ta" name="mo_ta" rows="3" maxlength="5000">{{F_DESCRIPTION}}</textarea>{{#HAS_ERROR_mo_ta}}<span class="field-error">{{ERROR_mo_ta}}</span>{{/HAS_ERROR_mo_ta}}</p>
  <p class="field"><label for="youtube">Liên kết YouTube</label><input id="youtube" name="youtube" type="text" inputmode="url" value="{{F_YOUTUBE}}" maxlength="500" placeholder="https://www.youtube.com/watch?v=…"{{#HAS_ERROR_youtube}} aria-invalid="true" aria-describedby="loi-youtube"{{/HAS_ERROR_youtube}}>{{#HAS_ERROR_youtube}}<span class="field-error" id="loi-youtube">{{ERROR_youtube}}</span>{{/HAS_ERROR_youtube}}</p>
  {{#HAS_FILE}}<p>Tệp hiện tại: {{FILE_NAME}}</p>{{/HAS_FILE}}
  <p class="field"><label for="tep">Hoặc tải lên tệp MP4 (tối đa 20 MB)</label><input id="tep" name="tep" type="file" accept="video/mp4"{{#HAS_ERROR_tep}} aria-invalid="true" aria-describedby="loi-tep"{{/HAS_ERROR_tep}}>{{#HAS_ERROR_tep}}<span class="field-error" id="loi-tep">{{ERROR_tep}}</span>{{/HAS_ERROR_tep}}</p>
  <p><label class="inline"><input type="checkbox" name="cong_bo" value="1"{{#PUBLISHED}} checked{{/PUBLISHED}}> Công bố trên cổng</label></p>
  <div class="actions"><button type="submit" class="button">Lưu video</button></div>
</form>
{{#CAN_DELETE}}<form method="post" action="{{DELETE_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button danger">Xóa video</button></form>{{/CAN_DELETE}}
