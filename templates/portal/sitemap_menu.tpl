{{%AUTOESCAPE context="HTML"}}{{#MENU}}<ul><li><a href="{{URL}}">{{LABEL}}</a>{{>CHILDREN}}</li></ul>{{/MENU}}
